using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Domain.Validation;
using Portal.Loading;
using Portal.Loading.Content;
using Portal.Loading.Tables;

namespace Portal.Tests.Loading;

/// <summary>
/// Feeds the loaders generated garbage, a bounded number of seeded cases, and asserts that nothing but the
/// program's own diagnostics comes out: no exception escapes. A failure names its seed, so it can be replayed.
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int CasesPerGenerator = 400;
    private const string CsvAlphabet = "abcxyz019,;\"\"\n\r\t -.:/éñ\u00a0\u200b\ud83d\ude00\0";

    private static readonly byte[][] SampleFiles =
        [.. new[] { "cities.csv", "recommendations.csv", "commitments.csv", "progress.csv" }
            .Select(f => File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, f)))];

    public static TheoryData<string> Generators() => ["random bytes", "csv alphabet", "mutated sample", "front matter"];

    [Theory]
    [MemberData(nameof(Generators))]
    public void Should_Never_Throw_On_Generated_Garbage_From(string generator)
    {
        for (var seed = 0; seed < CasesPerGenerator; seed++)
        {
            var random = new Random(seed);
            var bytes = generator switch
            {
                "random bytes" => RandomBytes(random),
                "csv alphabet" => Encoding.UTF8.GetBytes(CsvLike(random)),
                "mutated sample" => Mutate(random, SampleFiles[random.Next(SampleFiles.Length)]),
                _ => Encoding.UTF8.GetBytes("---\n" + CsvLike(random) + "\n---\n" + CsvLike(random)),
            };

            var exception = Record.Exception(() => LoadEverything(bytes));
            Assert.True(exception is null, $"{generator}, seed {seed}: {exception}");
        }
    }

    /// <summary>The same bytes as every table and as a Markdown file, then the checks a build runs after loading.</summary>
    private static void LoadEverything(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var loader = new PortalLoader(diagnostics);
        var data = new PortalData
        {
            Cities = loader.ReadTable(new CitiesTable(), "cities.csv", bytes, required: true),
            Recommendations = loader.ReadTable(new RecommendationsTable(), "recommendations.csv", bytes, required: true),
            Commitments = loader.ReadTable(new CommitmentsTable(), "commitments.csv", bytes, required: true),
            Progress = loader.ReadTable(new ProgressTable(), "progress.csv", bytes, required: false),
            Framework = loader.ReadTable(new FrameworkTable(), "framework.csv", bytes, required: false),
            Assessments = loader.ReadTable(new AssessmentsTable(), "assessments.csv", bytes, required: false),
        };
        ContentReader.Read("page.md", ContentKind.Page, "page", Encoding.UTF8.GetString(bytes), diagnostics);
        new ReferenceValidator(diagnostics, new NoColumns()).Validate(data);
        if (!diagnostics.HasErrors)
        {
            PortalModel.Build(data, new DateOnly(2026, 6, 30));
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 2_000)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string CsvLike(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 600);
        for (var i = 0; i < length; i++)
        {
            builder.Append(CsvAlphabet[random.Next(CsvAlphabet.Length)]);
        }

        return builder.ToString();
    }

    private static byte[] Mutate(Random random, byte[] original)
    {
        var bytes = original.ToList();
        for (var edits = random.Next(1, 8); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(random.Next(1, 200), bytes.Count - at)); break;
                case 2: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 200), bytes.Count - at))); break;
                case 3: bytes.Insert(at, (byte)"\",;\n\r"[random.Next(5)]); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }

        return [.. bytes];
    }

    private sealed class NoColumns : IColumnLocator
    {
        public Portal.Domain.Diagnostics.SourceLocation Locate(Portal.Domain.Diagnostics.SourceLocation row, string column) => row;
    }
}
