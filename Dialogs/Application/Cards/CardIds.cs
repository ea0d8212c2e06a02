using System.Globalization;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Dialogs.Application.Cards;

/// <summary>Input ids of a section card: the field id, or "{groupId}[{i}].{itemFieldId}" for an item of a group.</summary>
internal static class CardIds
{
    public static string Item(FormField group, int index, FormField itemField) =>
        string.Create(CultureInfo.InvariantCulture, $"{group.Id}[{index}].{itemField.Id}");

    /// <summary>The rows a card shows for a group: every item so far, then blanks up to one more (or the minimum), within the maximum.</summary>
    public static int Rows(FormField group, int existing) => Math.Min(group.MaxItems, Math.Max(group.MinItems, existing + 1));

    /// <summary>"任务 3": the heading of row <paramref name="index"/>, numbered as people count.</summary>
    public static string RowName(FormField group, int index) =>
        FormTexts.Get(group.Id + ".Item") + " " + (index + 1).ToString(CultureInfo.CurrentCulture);
}
