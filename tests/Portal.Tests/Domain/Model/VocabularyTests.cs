using Portal.Domain.Model;

namespace Portal.Tests.Domain.Model;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("supported", RecommendationResponse.Supported)]
    [InlineData("Accepted", RecommendationResponse.Supported)]
    [InlineData("supported-in-part", RecommendationResponse.SupportedInPart)]
    [InlineData("noted", RecommendationResponse.Noted)]
    public void Should_Read_A_Response_Including_The_Accepted_Alias(string text, RecommendationResponse response)
    {
        Assert.True(Vocabularies.Response.TryParse(text, out var value));
        Assert.Equal(response, value);
    }

    [Theory]
    [InlineData("in-progress", CommitmentStatus.InProgress)]
    [InlineData("In-Progress", CommitmentStatus.InProgress)]
    [InlineData(" ACHIEVED ", CommitmentStatus.Achieved)]
    [InlineData("abandoned", CommitmentStatus.Abandoned)]
    public void Should_Read_Kebab_Case_Words_Without_Regard_To_Case_Or_Surrounding_Spaces(string text, CommitmentStatus status)
    {
        Assert.True(Vocabularies.CommitmentStatus.TryParse(text, out var value));
        Assert.Equal(status, value);
    }

    [Theory]
    [InlineData("InProgress")]
    [InlineData("in progress")]
    [InlineData("in_progress")]
    [InlineData("done")]
    [InlineData("")]
    public void Should_Reject_Words_Outside_The_Vocabulary(string text) =>
        Assert.False(Vocabularies.CommitmentStatus.TryParse(text, out _));

    [Fact]
    public void Should_List_The_Allowed_Words_In_Enum_Order_Without_Aliases()
    {
        Assert.Equal("planned, in-progress, achieved, stalled, abandoned", Vocabularies.CommitmentStatus.Allowed);
        Assert.Equal("supported, supported-in-part, noted, pending", Vocabularies.Response.Allowed);
        Assert.Equal("in-place, in-progress, planned, not-in-place", Vocabularies.AssessmentStatus.Allowed);
    }

    [Fact]
    public void Should_Spell_A_Value_The_Way_The_Data_Contract_Does()
    {
        Assert.Equal("supported-in-part", Vocabularies.Response.WordOf(RecommendationResponse.SupportedInPart));
        Assert.Equal("supported", Vocabularies.Response.WordOf(RecommendationResponse.Supported));
        Assert.Equal("not-in-place", Vocabularies.AssessmentStatus.WordOf(AssessmentStatus.NotInPlace));
    }
}
