using System.Globalization;
using System.Resources;

namespace DualCreationBot.Services.Applications.Forms;

/// <summary>
/// The form's texts (labels, help, stop explanations, option labels, validation problems),
/// from FormTexts.resx (zh-CN, neutral) and FormTexts.en-US.resx, in <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class FormTexts
{
    private static readonly ResourceManager Resources = new("DualCreationBot.Services.Applications.Forms.FormTexts", typeof(FormTexts).Assembly);

    public static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing form text '{name}'.");

    public static string? Find(string name, CultureInfo? culture = null) => Resources.GetString(name, culture ?? CultureInfo.CurrentUICulture);

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(name), args);

    public static string Label(FormField field) => Get(field.Id + ".Label");

    public static string Label(FieldOption option, FormField field) => Get(field.Id + "." + option.Value);

    public static string Section(FormSection section) => Get("section." + section.Id);

    public static string ProjectType(ProjectType type) => Get("type." + type);

    /// <summary>"无" and its variants in both languages.</summary>
    public static bool IsNone(string? text)
    {
        var words = Resources.GetString("NoneWords", CultureInfo.InvariantCulture) + "|" + Resources.GetString("NoneWords", CultureInfo.GetCultureInfo("en-US"));
        var input = (text ?? string.Empty).Trim().TrimEnd('。', '.').ToLowerInvariant();
        return words.Split('|').Any(w => string.Equals(w, input, StringComparison.Ordinal));
    }
}
