using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Portal.Rendering.Templates.Functions;

namespace Portal.Rendering.Templates;

/// <summary>
/// What a partial reads besides its own variables: the names of the globals it reads, and the partials it
/// calls. A partial that reads only <c>model</c>, <c>site</c> and functions renders the same HTML for the same
/// model on every page, so that HTML can be rendered once and shared.
/// </summary>
/// <remarks>
/// Scriban's variables are global: a partial that reads <c>x</c> before it sets <c>x</c> reads the calling page's
/// <c>x</c>. So a variable is the partial's own only after an assignment that surely ran: one earlier in document
/// order and in the same or an enclosing block. An assignment inside an <c>if</c> or a loop body may not run, so it
/// counts until the end of its block only.
/// </remarks>
internal sealed class PartialReads : ScriptVisitor
{
    private readonly HashSet<string> _globals = new(StringComparer.Ordinal);
    private HashSet<string> _assigned = new(StringComparer.Ordinal);

    private PartialReads()
    {
    }

    /// <summary>Globals read where the partial had not surely set them itself.</summary>
    public IReadOnlySet<string> Globals => _globals;

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
        if (!_assigned.Contains(node.Name))
        {
            _globals.Add(node.Name);
        }

        base.Visit(node);
    }

    /// <summary>In <c>model.title</c>, <c>title</c> is a member, not a variable: only the target is a read.</summary>
    public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

    public override void Visit(ScriptBlockStatement node)
    {
        var outside = new HashSet<string>(_assigned, StringComparer.Ordinal);
        base.Visit(node);
        _assigned = outside;
    }

    /// <summary>The value is read before the variable is set; <c>x += 1</c> reads <c>x</c> too.</summary>
    public override void Visit(ScriptAssignExpression node)
    {
        if (node.Target is not ScriptVariableGlobal || node.EqualToken?.TokenType != TokenType.Equal)
        {
            node.Target?.Accept(this);
        }

        node.Value?.Accept(this);
        if (node.Target is ScriptVariableGlobal assigned)
        {
            _assigned.Add(assigned.Name);
        }
    }

    /// <summary>The loop variable is the partial's own inside the loop only: the body may not run at all.</summary>
    public override void Visit(ScriptForStatement node)
    {
        node.Iterator?.Accept(this);
        node.NamedArguments?.Accept(this);
        var outside = new HashSet<string>(_assigned, StringComparer.Ordinal);
        if (node.Variable is ScriptVariableGlobal variable)
        {
            _assigned.Add(variable.Name);
        }
        else
        {
            node.Variable?.Accept(this);
        }

        node.Body?.Accept(this);
        _assigned = outside;
        node.Else?.Accept(this);
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariableGlobal { Name: PartialFunction.Name })
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
