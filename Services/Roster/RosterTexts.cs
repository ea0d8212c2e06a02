using System.Globalization;
using System.Resources;

namespace DualCreationBot.Services.Roster;

/// <summary>
/// The roster reader's problem messages, from RosterTexts.resx (zh-CN, neutral) and RosterTexts.en-US.resx,
/// in <see cref="CultureInfo.CurrentUICulture"/>: they go straight back to the administrator who uploaded the file.
/// </summary>
internal static class RosterTexts
{
    private static readonly ResourceManager Resources = new("DualCreationBot.Services.Roster.RosterTexts", typeof(RosterTexts).Assembly);

    public static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing roster text '{name}'.");

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(name), args);
}
