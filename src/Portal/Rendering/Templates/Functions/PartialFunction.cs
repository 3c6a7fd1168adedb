using System.Collections.Concurrent;
using System.Text;
using Portal.Rendering.Theme;
using Portal.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Rendering.Templates.Functions;

/// <summary>
/// <c>{{ partial "progress-bar" item }}</c>: renders theme/partials/progress-bar.html with <c>model</c> set to the
/// second argument. Scriban's own include returns a plain string, which the escaping context would escape again.
/// A shared view passed to a partial that depends on its model alone is rendered once a build: a recommendation
/// listed on seven pages is rendered once, not seven times. The HTML is kept as UTF-8, half the memory of a string:
/// at global scale it is kept for 150,000 items.
/// </summary>
internal sealed class PartialFunction(ThemeFolder theme, Func<string, bool> isShared) : TemplateFunction(1, 2, typeof(RawHtml))
{
    public const string Name = "partial";

    /// <summary>The variable a partial reads its second argument from.</summary>
    public const string ModelVariable = "model";

    private readonly ConcurrentDictionary<SharedRender, byte[]> _shared = new();

    protected override object? Invoke(TemplateContext context, SourceSpan caller, ScriptArray arguments)
    {
        var name = Text(context, caller, arguments[0]);
        if (!theme.HasPartial(name))
        {
            throw new ScriptRuntimeException(caller, $"the theme has no partial '{name}.html'");
        }

        var model = arguments.Count > 1 ? arguments[1] : null;
        return model is ISharedView view && isShared(name)
            ? new RawHtml(Encoding.UTF8.GetString(_shared.GetOrAdd(new SharedRender(name, view), key => Encoding.UTF8.GetBytes(Render(context, key.Partial, key.View).Html))))
            : Render(context, name, model);
    }

    /// <summary>Keeps what an earlier build rendered for the views this build took over from it.</summary>
    public void TakeOver(PartialFunction previous, IReadOnlyList<ISharedView> views)
    {
        var kept = views.ToHashSet<ISharedView>(ReferenceEqualityComparer.Instance);
        foreach (var (render, html) in previous._shared)
        {
            if (kept.Contains(render.View))
            {
                _shared.TryAdd(render, html);
            }
        }
    }

    private RawHtml Render(TemplateContext context, string name, object? model)
    {
        var scope = new ScriptObject(1) { [ModelVariable] = model };
        context.PushGlobal(scope);
        context.PushOutput();
        try
        {
            return new RawHtml(theme.Partial(name).Render(context));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    /// <summary>A partial and the very view it renders: views are compared by identity, which is what sharing means.</summary>
    private readonly record struct SharedRender(string Partial, ISharedView View)
    {
        public bool Equals(SharedRender other) => Partial == other.Partial && ReferenceEquals(View, other.View);

        public override int GetHashCode() => HashCode.Combine(Partial, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(View));
    }
}
