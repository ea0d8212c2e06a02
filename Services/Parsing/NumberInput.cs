using System.Globalization;
using System.Text;

namespace DualCreationBot.Services.Parsing;

/// <summary>Reads numbers as people type them: <c>35</c>, <c>３５</c>, <c>1,000元</c>, <c>0.5万</c>.</summary>
public static class NumberInput
{
    private static readonly string[] Units = ["元", "人", "名", "个", "项", "rmb", "yuan"];

    public static bool TryParse(string? text, out decimal value)
    {
        var input = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().TrimEnd('。', '.').ToLowerInvariant()
            .Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var unit in Units)
        {
            if (input.EndsWith(unit, StringComparison.Ordinal))
            {
                input = input[..^unit.Length];
            }
        }

        var factor = 1m;
        if (input.EndsWith('万'))
        {
            factor = 10_000m;
            input = input[..^1];
        }

        var ok = decimal.TryParse(input, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        value *= factor;
        return ok;
    }
}
