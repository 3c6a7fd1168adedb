using System.Runtime.InteropServices;
using System.Text;

namespace Portal.Pipeline;

/// <summary>
/// Swaps two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>: at no instant is either name
/// missing. Other systems, and file systems that refuse the flag, have no such step; the caller falls back.
/// </summary>
internal static class FolderExchange
{
    private const int RelativeToWorkingDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>True when the two folders traded places; false, with nothing changed, when the system cannot do it.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(RelativeToWorkingDirectory, NativePath(first), RelativeToWorkingDirectory, NativePath(second), Exchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library older than glibc 2.28, or another libc without the call.
            return false;
        }
    }

    private static byte[] NativePath(string path) => Encoding.UTF8.GetBytes(Path.GetFullPath(path) + '\0');

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
}
