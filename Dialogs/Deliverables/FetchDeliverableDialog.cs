using DualCreationBot.Dialogs.Admin;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Roster;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Deliverables;

/// <summary>调取成果: reviewers and administrators fetch any unit's deliverable, the latest or a given version, as a chat attachment.</summary>
public sealed class FetchDeliverableDialog : WaterfallDialog<FetchDeliverableDialog.FetchState>
{
    private readonly IRosterService roster;
    private readonly ICampaignService campaigns;
    private readonly IDeliverableService deliverables;
    private readonly IFileLinks links;

    public FetchDeliverableDialog(IRosterService roster, ICampaignService campaigns, IDeliverableService deliverables, IFileLinks links)
        : base(nameof(FetchDeliverableDialog))
    {
        this.roster = roster;
        this.campaigns = campaigns;
        this.deliverables = deliverables;
        this.links = links;
        AddStep((step, ct) => step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.FetchAskUnit, MaxLength = 50 }, ct));
        AddStep(ChooseItemAsync);
        AddStep(ChooseVersionAsync);
        AddStep(SendAsync);
    }

    public static bool IsFor(Person person) => person?.Has(Role.Reviewer) == true || person?.IsAdministrator == true;

    private async Task<DialogTurnResult> ChooseItemAsync(WaterfallStepContext<FetchState> step, CancellationToken cancellationToken)
    {
        var text = (string)step.Result!;
        var unit = RosterLookup.Unit(await roster.CurrentAsync(cancellationToken), text);
        if (unit is null)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.UnitNotFound), text), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var projectId = (await campaigns.CurrentAsync(cancellationToken)).Id + "/" + unit.Id;
        var project = (await deliverables.ProgressAsync(TurnPerson.Get(step.Context), cancellationToken)).FirstOrDefault(p => p.ProjectId == projectId);
        var items = project?.Items.Where(i => i.Latest is not null).ToList() ?? [];
        if (items.Count == 0)
        {
            await step.SendAsync(Strings.FetchNoFiles, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        step.State.ProjectId = projectId;
        var choices = items.Select(i => new Choice(i.Item.Id, DeliverableTexts.Label(i.Item))).ToList();
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = Strings.FetchChooseItem, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChooseVersionAsync(WaterfallStepContext<FetchState> step, CancellationToken cancellationToken)
    {
        step.State.ItemId = ((Choice)step.Result!).Value;
        var latest = await deliverables.FindAsync(TurnPerson.Get(step.Context), step.State.ProjectId!, step.State.ItemId, null, cancellationToken);
        if (latest!.Version == 1)
        {
            return await step.NextAsync(Strings.Words(nameof(Strings.FetchLatestWords))[0], cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.Format(nameof(Strings.FetchAskVersion), latest.Version), MaxLength = 20 }, cancellationToken);
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext<FetchState> step, CancellationToken cancellationToken)
    {
        var answer = (string)step.Result!;
        int? version = UserInput.IsOneOf(answer, Strings.Words(nameof(Strings.FetchLatestWords))) ? null
            : Services.Parsing.NumberInput.TryParse(answer.TrimStart('第').TrimEnd('版'), out var number) ? (int)number : -1;
        var found = await deliverables.FindAsync(TurnPerson.Get(step.Context), step.State.ProjectId!, step.State.ItemId!, version, cancellationToken);
        if (found is null)
        {
            await step.SendAsync(Strings.FetchNotFound, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var item = Checklist.Item(step.State.ItemId!)!;
        var link = links.Create(found.StoredPath, found.OriginalName);
        var text = Strings.Format(nameof(Strings.FetchReady), DeliverableTexts.Label(item), found.Version, found.OriginalName, DeliverableWords.Size(found.Size), DueText.When(found.UploadedAt));

        // The link is in the text too: Teams and WeCom do not show a bot's file attachment given by URL.
        var message = MessageFactory.Text(text + "\n" + Strings.Format(nameof(Strings.DownloadLink), link));
        message.Attachments = [new Attachment(found.ContentType, link.ToString(), name: found.OriginalName)];
        await step.Context.SendActivityAsync(message, cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }

    public sealed class FetchState
    {
        public string? ProjectId { get; set; }

        public string? ItemId { get; set; }
    }
}
