using Scriban;
using Scriban.Syntax;

namespace Portal.Rendering.Templates;

/// <summary>
/// What a partial reads besides its own variables: the names of the globals it reads, and the partials it
/// calls. A partial that reads only <c>model</c>, <c>site</c> and functions renders the same HTML for the same
/// model on every page, so that HTML can be rendered once and shared.
/// </summary>
internal sealed class PartialReads : ScriptVisitor
{
    private readonly HashSet<string> _reads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);

    private PartialReads()
    {
    }

    /// <summary>Globals read and not assigned by the partial itself.</summary>
    public IEnumerable<string> Globals => _reads.Except(_assigned);

    /// <summary>The partials it calls by name; a call whose name is computed makes <see cref="CallsUnknownPartial"/> true.</summary>
    public HashSet<string> Partials { get; } = new(StringComparer.Ordinal);

    public bool CallsUnknownPartial { get; private set; }

    public static PartialReads Of(Template template)
    {
        var reads = new PartialReads();
        template.Page?.Accept(reads);
        return reads;
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        _reads.Add(node.Name);
        base.Visit(node);
    }

    /// <summary>In <c>model.title</c>, <c>title</c> is a member, not a variable: only the target is a read.</summary>
    public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

    public override void Visit(ScriptAssignExpression node)
    {
        if (node.Target is ScriptVariableGlobal variable)
        {
            _assigned.Add(variable.Name);
        }

        base.Visit(node);
    }

    public override void Visit(ScriptForStatement node)
    {
        if (node.Variable is ScriptVariableGlobal variable)
        {
            _assigned.Add(variable.Name);
        }

        base.Visit(node);
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariableGlobal { Name: "partial" })
        {
            if (node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            {
                Partials.Add(name);
            }
            else
            {
                CallsUnknownPartial = true;
            }
        }

        base.Visit(node);
    }
}
