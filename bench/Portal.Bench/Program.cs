using Portal.Bench;

return BenchmarkCommand.Run(args);
