namespace Portal.Pipeline;

/// <summary>
/// The anchors one page offers, kept as sorted 64-bit hashes of their ids: a global-scale build has millions of
/// them, and the link checker only asks whether one exists. Two ids share a hash with odds of about one in
/// 10^19, which would at worst let one broken anchor pass.
/// </summary>
internal sealed class AnchorSet
{
    private readonly ulong[] _hashes;

    private AnchorSet(ulong[] hashes) => _hashes = hashes;

    public static AnchorSet Of(IEnumerable<string> ids)
    {
        // A repeated id, which valid HTML does not have, only repeats a hash: the binary search finds either copy.
        var hashes = ids.Select(Hash).ToArray();
        Array.Sort(hashes);
        return new AnchorSet(hashes);
    }

    public bool Contains(string id) => Array.BinarySearch(_hashes, Hash(id)) >= 0;

    /// <summary>FNV-1a over the id's UTF-16 code units: stable across runs, unlike string.GetHashCode.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
