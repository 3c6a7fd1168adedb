using System.Security.Cryptography;
using System.Text;

namespace Portal.Feeds;

/// <summary>
/// Atom ids: name-based UUIDs (RFC 9562 version 5) of a stable key such as "progress/&lt;commitment&gt;/&lt;date&gt;/1".
/// An id must be an absolute IRI and must never change; a page address is absolute only when --base-url is, and
/// changes when the site moves, so the ids come from the data alone.
/// </summary>
internal static class FeedIds
{
    /// <summary>The namespace of this portal's feed ids: a fixed random UUID, so keys hash apart from other names.</summary>
    private static readonly Guid Namespace = new("3c0f5e0a-6d1b-4f55-9a8e-2b7d3f1c9e44");

    public static string Of(string key) => "urn:uuid:" + NameBased(Namespace, key).ToString("D");

    /// <summary>A version 5 UUID: the SHA-1 of the namespace and the name, with the version and variant bits set.</summary>
    public static Guid NameBased(Guid space, string name)
    {
        Span<byte> spaceBytes = stackalloc byte[16];
        space.TryWriteBytes(spaceBytes, bigEndian: true, out _);
        var hash = SHA1.HashData([.. spaceBytes, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
