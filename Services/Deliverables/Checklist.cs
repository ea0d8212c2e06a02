using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Services.Deliverables;

/// <summary>A file to upload, or a platform to name with its address.</summary>
public enum ItemKind
{
    File,
    Link,
}

/// <summary>The stages in which deliverables are handed in.</summary>
public enum DeliveryStage
{
    /// <summary>中期评估: materials due at the end of the building year.</summary>
    MidTerm,

    /// <summary>限期整改: after a failed mid-term evaluation, by the deadline the administrator set.</summary>
    Rectification,

    /// <summary>巩固验收: final materials, at least the 四个一.</summary>
    Acceptance,
}

/// <summary>One required (or optional) deliverable; its label is the text "deliverable.{Id}".</summary>
public sealed record ChecklistItem(string Id, DeliveryStage Stage, ItemKind Kind, IReadOnlyList<FileKind> Accepts, bool Required = true);

/// <summary>A stage's window for a project: due (after it, uploads are late) and closed (after it, refused).</summary>
public sealed record DeliveryWindow(DeliveryStage Stage, DateTimeOffset Due, DateTimeOffset Closes);

/// <summary>
/// The checklists of notice §三(三)–(四): mid-term (年度工作总结, 成果报告), rectification after a
/// failed mid-term, and acceptance (工作总结报告, 培育创建成果 and the 四个一), plus optional further
/// results under the six forms of §三(二). Dates come from the campaign, not from here.
/// </summary>
public static class Checklist
{
    private static readonly FileKind[] Documents = [FileKind.Document];
    private static readonly FileKind[] AnyKind = [FileKind.Document, FileKind.Image, FileKind.Video];

    public static IReadOnlyList<ChecklistItem> Items { get; } =
    [
        new("midterm-summary", DeliveryStage.MidTerm, ItemKind.File, Documents),
        new("midterm-report", DeliveryStage.MidTerm, ItemKind.File, Documents),
        new("rectification-report", DeliveryStage.Rectification, ItemKind.File, Documents),
        new("final-summary", DeliveryStage.Acceptance, ItemKind.File, Documents),
        new("final-results", DeliveryStage.Acceptance, ItemKind.File, AnyKind),
        new("final-experience", DeliveryStage.Acceptance, ItemKind.File, Documents),
        new("final-platform", DeliveryStage.Acceptance, ItemKind.Link, []),
        new("final-platform-screens", DeliveryStage.Acceptance, ItemKind.File, [FileKind.Image], Required: false),
        new("final-video", DeliveryStage.Acceptance, ItemKind.File, [FileKind.Video]),
        new("final-compilation", DeliveryStage.Acceptance, ItemKind.File, Documents),
        .. ApplicationForms.BenchmarkCollege.Field("results")!.ItemFields[0].Options
            .Select(o => new ChecklistItem("extra-" + o.Value, DeliveryStage.Acceptance, ItemKind.File, AnyKind, Required: false)),
    ];

    public static ChecklistItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>The items a project owes: rectification only after a failed mid-term evaluation (a deadline is set).</summary>
    public static IEnumerable<ChecklistItem> For(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Items.Where(i => i.Stage != DeliveryStage.Rectification || project.RectificationDue is not null);
    }

    /// <summary>
    /// The window of a stage for a project. Mid-term materials are late after their due instant and
    /// refused once the mid-term evaluation is over; final materials are refused once acceptance is
    /// over; rectification materials are late after the set deadline and refused when final materials close.
    /// </summary>
    public static DeliveryWindow? Window(Campaign campaign, Project project, DeliveryStage stage)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(project);
        var midTerm = campaign.Stage(StageKind.MidTerm);
        var acceptance = campaign.Stage(StageKind.Acceptance);
        return stage switch
        {
            DeliveryStage.MidTerm => new(stage, midTerm.Due!.Value, BeijingTime.EndOfDay(midTerm.Ends)),
            DeliveryStage.Acceptance => new(stage, acceptance.Due!.Value, BeijingTime.EndOfDay(acceptance.Ends)),
            _ when project.RectificationDue is { } due => new(stage, due, Max(due, acceptance.Due!.Value)),
            _ => null,
        };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
