using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Application.Cards;

/// <summary>
/// One section of the application form as an Adaptive Card (Teams, Web Chat), built as JSON from the
/// form definition so the card, the prompts and the checks never disagree; and the reading of its submission.
/// </summary>
public static class SectionCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The dialog a submission is routed to (the "dialog" value of the submit data).</summary>
    public const string DialogName = "ApplicationDialog";

    public static Attachment Build(ApplicationForm form, FormSection section, Project project)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(project);
        var body = new JArray(new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = FormTexts.Section(section),
            ["size"] = "Large",
            ["weight"] = "Bolder",
            ["wrap"] = true,
        });
        foreach (var field in section.Fields)
        {
            var answer = project.Answers.GetValueOrDefault(field.Id);
            switch (field.Kind)
            {
                case FieldKind.Group:
                    AddGroup(body, field, answer as JsonArray ?? [], section.Fields.Count > 1);
                    break;
                case FieldKind.Attachments:
                    AddAttachments(body, field, answer as JsonArray ?? []);
                    break;
                default:
                    body.Add(CardInputs.For(field, field.Id, answer));
                    break;
            }
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JArray(new JObject
            {
                ["type"] = "Action.Submit",
                ["title"] = FormTexts.Get("Card.Save"),
                ["data"] = new JObject { ["dialog"] = DialogName, ["cardSection"] = section.Id, ["project"] = project.Id },
            }),
        };
        return new Attachment { ContentType = ContentType, Content = card };
    }

    /// <summary>
    /// The answers in a submission (activity.Value: the submit data plus every input id with its text),
    /// each checked by <see cref="FieldRules"/> and then, all together, by <see cref="ApplicationRules"/>.
    /// Empty inputs are not answers: what is still missing is asked for later in the conversation.
    /// </summary>
    public static CardReading Read(ApplicationForm form, FormSection section, Project project, JObject submitted, decimal fundingPerYear)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(submitted);
        return SectionCardReader.Read(section, project, submitted, fundingPerYear);
    }

    private static void AddGroup(JArray body, FormField group, JsonArray items, bool heading)
    {
        // A group that is the whole section (results, budget) is already named by the section title.
        if (heading)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = FormTexts.Label(group), ["weight"] = "Bolder", ["wrap"] = true });
        }

        for (var i = 0; i < CardIds.Rows(group, items.Count); i++)
        {
            var item = i < items.Count ? items[i] as JsonObject : null;
            var row = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = CardIds.RowName(group, i), ["weight"] = "Bolder", ["wrap"] = true });
            foreach (var itemField in group.ItemFields)
            {
                row.Add(CardInputs.For(itemField, CardIds.Item(group, i, itemField), item?[itemField.Id]));
            }

            body.Add(new JObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = row });
        }
    }

    private static void AddAttachments(JArray body, FormField field, JsonArray files)
    {
        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = FormTexts.Label(field), ["weight"] = "Bolder", ["wrap"] = true });
        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = FormTexts.Get("Card.AttachmentsHint"), ["wrap"] = true, ["isSubtle"] = true });
        var names = files.OfType<JsonObject>().Select(f => f["name"]?.GetValue<string>()).OfType<string>().ToList();
        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = FormTexts.Get(names.Count == 0 ? "Card.NoFiles" : "Card.Files"), ["wrap"] = true });
        foreach (var name in names)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = name, ["wrap"] = true, ["spacing"] = "None" });
        }
    }
}
