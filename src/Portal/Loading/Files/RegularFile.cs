using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Portal.Loading.Files;

/// <summary>
/// Tells a regular file from a named pipe, a device or a socket, which .NET does not, and reads a regular file
/// without ever waiting: opening a named pipe for reading waits for a writer, so a pipe in place of a data file
/// would hang the build. On Linux the file is opened with <c>O_NONBLOCK</c> and its type is checked on the open
/// handle, so nothing can be swapped in between. Elsewhere there are no such files to meet (Windows), or the check
/// is left to the file system (other Unix systems, and Linux without glibc's statx).
/// </summary>
internal static class RegularFile
{
    private const string Libc = "libc.so.6";
    private const int CurrentFolder = -100;
    private const int DoNotFollowLinks = 0x100;
    private const int OfTheHandle = 0x1000;
    private const uint TypeOnly = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int ReadOnlyWithoutWaiting = 0x800 | 0x100 | 0x80000; // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC

    /// <summary>What the entry at this path is when it is not a regular file, such as "a named pipe (FIFO)"; null for a regular file.</summary>
    public static string? OtherKind(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        return TryStatx(CurrentFolder, path, DoNotFollowLinks, buffer) ? Describe(TypeIn(buffer)) : null;
    }

    /// <summary>Every byte of a regular file; an <see cref="IOException"/> when the path turns out to be anything else.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        if (!OperatingSystem.IsLinux() || !HasStatx.Value)
        {
            return File.ReadAllBytes(path);
        }

        var descriptor = Open(path, ReadOnlyWithoutWaiting);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open the file: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var buffer = new byte[StatxSize];
        if (!TryStatx(descriptor, string.Empty, OfTheHandle, buffer) || Describe(TypeIn(buffer)) is not null)
        {
            throw new IOException($"the path is {OtherKindOrUnknown(buffer)}, not a regular file");
        }

        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static readonly Lazy<bool> HasStatx = new(() => TryStatx(CurrentFolder, "/", DoNotFollowLinks, new byte[StatxSize]));

    private static string OtherKindOrUnknown(byte[] buffer) => Describe(TypeIn(buffer)) ?? "of an unknown kind";

    private static int TypeIn(byte[] buffer) => BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;

    private static string? Describe(int type) => type switch
    {
        0x8000 => null,
        0x4000 => "a folder",
        0xA000 => "a symbolic link",
        0x1000 => "a named pipe (FIFO)",
        0x2000 or 0x6000 => "a device",
        0xC000 => "a socket",
        _ => "of an unknown kind",
    };

    private static bool TryStatx(int folder, string path, int flags, byte[] buffer)
    {
        try
        {
            return Statx(folder, path, flags, TypeOnly, buffer) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport(Libc, EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport(Libc, EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
