using System.Globalization;
using System.Text;
using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>
/// Shows options as suggested-action buttons where the channel draws them, and as a numbered
/// list everywhere else (WeCom, Teams, text-only channels). Either way, the number, the label and
/// the synonyms are all accepted as answers.
/// </summary>
public static class ChoiceRendering
{
    private static readonly HashSet<string> ButtonChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "emulator", "webchat", "directline", "test",
    };

    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "msteams", "emulator", "webchat", "directline",
    };

    public static bool SupportsButtons(string? channelId) => channelId is not null && ButtonChannels.Contains(channelId);

    /// <summary>Channels that draw Adaptive Cards (Teams, Web Chat, the Emulator); WeCom and text channels do not.</summary>
    public static bool SupportsCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);

    public static IMessageActivity Render(ITurnContext context, string text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(choices);
        if (SupportsButtons(context.Activity.ChannelId))
        {
            var message = MessageFactory.Text(text);
            message.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(c => new CardAction(ActionTypes.ImBack, c.Label, value: c.Label))],
            };
            return message;
        }

        var list = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            list.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(choices[i].Label);
        }

        return MessageFactory.Text(list.Append('\n').Append(Strings.ChoiceListHint).ToString());
    }

    /// <summary>The option meant by <paramref name="text"/>: its number, its label, its value or a synonym.</summary>
    public static Choice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var input = UserInput.Normalize(text).TrimStart('第').TrimEnd('个', '项', '.', '、');
        if (int.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }

        return choices.FirstOrDefault(c => UserInput.IsOneOf(text, [c.Label, c.Value, .. c.Synonyms]));
    }
}
