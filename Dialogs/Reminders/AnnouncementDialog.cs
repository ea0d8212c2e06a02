using DualCreationBot.Dialogs.Admin;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Reminders;

/// <summary>发送通知: an administrator writes to all secretaries, to one 总支 with its branches, or to one unit, and sees who was missed.</summary>
public sealed class AnnouncementDialog : WaterfallDialog<AnnouncementDialog.AnnouncementState>
{
    private const string All = "all";
    private const string GeneralBranch = "general-branch";
    private const string OneUnit = "unit";
    private readonly IRosterService roster;
    private readonly Announcements announcements;

    public AnnouncementDialog(IRosterService roster, Announcements announcements)
        : base(nameof(AnnouncementDialog))
    {
        this.roster = roster;
        this.announcements = announcements;
        AddStep(AskAudienceAsync);
        AddStep(AskUnitAsync);
        AddStep(AskTextAsync);
        AddStep(ConfirmAsync);
        AddStep(SendAsync);
    }

    private Task<DialogTurnResult> AskAudienceAsync(WaterfallStepContext<AnnouncementState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions
            {
                Prompt = Strings.AnnounceAudience,
                Choices = [new(All, Strings.AudienceAll), new(GeneralBranch, Strings.AudienceGeneralBranch), new(OneUnit, Strings.AudienceUnit)],
            },
            cancellationToken);

    private async Task<DialogTurnResult> AskUnitAsync(WaterfallStepContext<AnnouncementState> step, CancellationToken cancellationToken)
    {
        step.State.Audience = ((Choice)step.Result!).Value;
        return step.State.Audience == All
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.AnnounceAskUnit, MaxLength = 50 }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTextAsync(WaterfallStepContext<AnnouncementState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string name)
        {
            var unit = RosterLookup.Unit(await roster.CurrentAsync(cancellationToken), name);
            var problem = unit is null ? Strings.Format(nameof(Strings.UnitNotFound), name)
                : step.State.Audience == GeneralBranch && unit.Kind != UnitKind.GeneralBranch ? Strings.Format(nameof(Strings.AnnounceNotGeneralBranch), name)
                : null;
            if (problem is not null)
            {
                await step.SendAsync(problem, cancellationToken);
                return await step.EndAsync(null, cancellationToken);
            }

            step.State.UnitId = unit!.Id;
        }

        return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.AnnounceAskText, MaxLength = 1000 }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<AnnouncementState> step, CancellationToken cancellationToken)
    {
        step.State.Text = Strings.Format(nameof(Strings.AnnounceHeader), (string)step.Result!);
        var count = Recipients(await roster.CurrentAsync(cancellationToken), step.State).Count;
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = Strings.Format(nameof(Strings.AnnounceConfirm), count, step.State.Text) }, cancellationToken);
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext<AnnouncementState> step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            await step.SendAsync(Strings.AnnounceCancelled, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var people = Recipients(await roster.CurrentAsync(cancellationToken), step.State);
        var result = await announcements.SendAsync(people, step.State.Text!, cancellationToken);
        var report = Strings.Format(nameof(Strings.AnnounceDone), result.Reached);
        if (result.Missed.Count > 0)
        {
            report += "\n" + Strings.Format(nameof(Strings.AnnounceMissed), string.Join(Strings.KindSeparator, result.Missed));
        }

        await step.SendAsync(report, cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>The secretaries of the chosen units: everyone's, a 总支's and its branches', or one unit's.</summary>
    private static List<Person> Recipients(RosterData roster, AnnouncementState state)
    {
        var units = state.Audience switch
        {
            All => [.. roster.Units.Select(u => u.Id)],
            GeneralBranch => [state.UnitId!, .. roster.BranchesOf(state.UnitId!).Select(u => u.Id)],
            _ => new List<string> { state.UnitId! },
        };
        return [.. units.SelectMany(roster.SecretariesOf).DistinctBy(p => p.Id)];
    }

    public sealed class AnnouncementState
    {
        public string? Audience { get; set; }

        public string? UnitId { get; set; }

        public string? Text { get; set; }
    }
}
