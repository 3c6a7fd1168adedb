using Portal.Cli;

return CommandLine.Run(args, TimeProvider.System);
