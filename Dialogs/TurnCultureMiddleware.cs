using System.Globalization;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs;

/// <summary>
/// Sets the turn's culture from the activity's locale: English when it asks for English,
/// Chinese (zh-CN) otherwise. Texts in <see cref="Resources.Strings"/> follow it.
/// </summary>
public sealed class TurnCultureMiddleware : IMiddleware
{
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var culture = For(turnContext.Activity.Locale);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next(cancellationToken).ConfigureAwait(false);
    }
}
