using System.Globalization;
using System.Text;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>Normalises what people type: full-width forms, case, surrounding blanks and closing punctuation.</summary>
public static class UserInput
{
    private static readonly char[] TrailingPunctuation = ['。', '.', '!', '！', '~', '～', ' '];

    public static string Normalize(string? text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().TrimEnd(TrailingPunctuation).Trim().ToLowerInvariant();

    /// <summary>True when <paramref name="text"/> equals one of <paramref name="words"/> once both are normalised.</summary>
    public static bool IsOneOf(string? text, IEnumerable<string> words)
    {
        var input = Normalize(text);
        return input.Length > 0 && words.Any(w => string.Equals(Normalize(w), input, StringComparison.Ordinal));
    }

    /// <summary>Length as a person counts it: an emoji or a combined character is one.</summary>
    public static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;
}
