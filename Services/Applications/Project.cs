using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Services.Applications;

public enum ProjectStatus
{
    /// <summary>Being filled in.</summary>
    Draft,

    /// <summary>Handed in; the 申报书 has been issued.</summary>
    Submitted,
}

/// <summary>
/// One unit's application in one campaign, stored as one document ("projects/{campaign}/{unit}").
/// <see cref="Answers"/> holds every answer the moment it is given, keyed by form field id:
/// a string (Text, LongText, Choice), a number (Number), a bool (YesNo), an array of objects keyed
/// by item field id (Group), or an array of <see cref="StoredAttachment"/> objects (Attachments).
/// </summary>
public sealed class Project
{
    public string Id { get; set; } = string.Empty;

    public string CampaignId { get; set; } = string.Empty;

    public string UnitId { get; set; } = string.Empty;

    public string UnitName { get; set; } = string.Empty;

    /// <summary>For a branch, its 总支's name (shown on the 申报书).</summary>
    public string? ParentUnitName { get; set; }

    public ProjectType Type { get; set; }

    public ProjectStatus Status { get; set; }

    public Dictionary<string, JsonNode?> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Group fields the user said were complete ("no more items").</summary>
    public List<string> ClosedGroups { get; set; } = [];

    /// <summary>After a failed mid-term evaluation: the deadline for rectification materials (限期整改).</summary>
    public DateTimeOffset? RectificationDue { get; set; }

    /// <summary>The application due instant for this unit when an administrator extended it.</summary>
    public DateTimeOffset? ExtendedDue { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public static string KeyFor(string campaignId, string unitId) => $"projects/{campaignId}/{unitId}";

    /// <summary>Records the answer to a field, or to item field <paramref name="itemFieldId"/> of item <paramref name="index"/> of a group (creating the item).</summary>
    public void Answer(string fieldId, JsonNode value, int? index = null, string? itemFieldId = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (itemFieldId is null)
        {
            Answers[fieldId] = value.DeepClone();
            return;
        }

        var items = Answers.GetValueOrDefault(fieldId) as JsonArray ?? [];
        var target = index ?? Math.Max(items.Count - 1, 0);
        while (items.Count <= target)
        {
            items.Add(new JsonObject());
        }

        ((JsonObject)items[target]!)[itemFieldId] = value.DeepClone();
        Answers[fieldId] = items;
    }

    /// <summary>Starts an empty item at the end of a group, to be filled field by field.</summary>
    public void AddItem(string groupId)
    {
        var items = Answers.GetValueOrDefault(groupId) as JsonArray ?? [];
        items.Add(new JsonObject());
        Answers[groupId] = items;
    }

    public void AddFile(string fieldId, StoredAttachment file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var files = Answers.GetValueOrDefault(fieldId) as JsonArray ?? [];
        files.Add(System.Text.Json.JsonSerializer.SerializeToNode(file, Storage.StorageJson.Options));
        Answers[fieldId] = files;
    }

    /// <summary>Forgets a field's answer (and, for a group, that it was closed).</summary>
    public void Clear(string fieldId)
    {
        Answers.Remove(fieldId);
        ClosedGroups.Remove(fieldId);
    }
}

/// <summary>A supporting file as the project records it; the content lives in the file store at <see cref="Path"/>.</summary>
public sealed record StoredAttachment(string Name, string Path, long Size, string ContentType, string Sha256);
