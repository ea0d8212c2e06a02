using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Files;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Deliverables;

/// <summary>
/// 提交成果: pick the project and the checklist item, then send the file (any channel's attachment
/// goes through the one upload pipeline) or, for the platform, its name and address. Each upload is
/// answered with a receipt; late uploads are marked, closed stages are refused with the reason.
/// </summary>
public sealed class UploadDeliverableDialog : WaterfallDialog<UploadDeliverableDialog.UploadState>
{
    public const string UrlPromptId = "UrlPrompt";
    private readonly IDeliverableService deliverables;
    private readonly TimeProvider time;

    public UploadDeliverableDialog(IDeliverableService deliverables, TimeProvider time)
        : base(nameof(UploadDeliverableDialog))
    {
        this.deliverables = deliverables;
        this.time = time;
        AddStep(ChooseProjectAsync);
        AddStep(ChooseItemAsync);
        AddStep(AskContentAsync);
        AddStep(ReceiveAsync);
        AddStep(AfterReceiptAsync);
        AddStep(AfterLinkAsync);
    }

    /// <summary>Accepts only http(s) addresses.</summary>
    public static TextPrompt UrlPrompt() => new(UrlPromptId, (check, _) =>
    {
        var ok = Uri.TryCreate(check.Value.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
        check.Problem = ok ? null : Strings.LinkInvalid;
        return Task.FromResult(ok);
    });

    private async Task<DialogTurnResult> ChooseProjectAsync(WaterfallStepContext<UploadState> step, CancellationToken cancellationToken)
    {
        var own = (await deliverables.ProgressAsync(TurnPerson.Get(step.Context), cancellationToken)).Where(p => p.Own).ToList();
        if (step.Result is UploadRestart restart)
        {
            return await step.NextAsync(restart, cancellationToken);
        }

        if (own.Count == 1)
        {
            return await step.NextAsync(own[0].ProjectId, cancellationToken);
        }

        if (own.Count == 0)
        {
            await step.SendAsync(Strings.UploadNoProjects, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var choices = own.Select(p => new Choice(p.ProjectId, p.UnitName, [p.UnitId])).ToList();
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = Strings.UploadChooseProject, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChooseItemAsync(WaterfallStepContext<UploadState> step, CancellationToken cancellationToken)
    {
        var restart = step.Result as UploadRestart;
        step.State.ProjectId = restart?.ProjectId ?? step.Result as string ?? ((Choice)step.Result!).Value;
        var project = (await deliverables.ProgressAsync(TurnPerson.Get(step.Context), cancellationToken)).Single(p => p.ProjectId == step.State.ProjectId);
        if (!project.Items.Any(i => time.GetUtcNow() <= i.Window.Closes))
        {
            await step.SendAsync(Strings.UploadNothingOpen, cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (restart?.ItemId is { } itemId)
        {
            return await step.NextAsync(new Choice(itemId, itemId), cancellationToken);
        }

        // Closed items stay in the list, marked, so choosing one explains why it can no longer be handed in.
        var choices = project.Items.Select(i => new Choice(i.Item.Id, ItemLabel(i), [DeliverableTexts.Label(i.Item)])).ToList();
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = Strings.UploadChooseItem, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskContentAsync(WaterfallStepContext<UploadState> step, CancellationToken cancellationToken)
    {
        var item = Checklist.Item(((Choice)step.Result!).Value)!;
        step.State.ItemId = item.Id;
        var project = (await deliverables.ProgressAsync(TurnPerson.Get(step.Context), cancellationToken)).Single(p => p.ProjectId == step.State.ProjectId);
        var window = project.Items.First(i => i.Item.Id == item.Id).Window;
        if (time.GetUtcNow() > window.Closes)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.UploadClosed), DeliverableTexts.Label(item), DueText.When(window.Closes)), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        if (item.Kind == ItemKind.Link)
        {
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.LinkAskName, MaxLength = 100 }, cancellationToken);
        }

        var largest = item.Accepts.Contains(FileKind.Video) ? 500 : item.Accepts.Contains(FileKind.Document) ? 50 : 20;
        var ask = Strings.Format(nameof(Strings.UploadAskFile), DeliverableTexts.Label(item), DeliverableWords.Kinds(item.Accepts), largest);
        return await step.PromptAsync(PromptIds.Attachment, new PromptOptions { Prompt = ask }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReceiveAsync(WaterfallStepContext<UploadState> step, CancellationToken cancellationToken)
    {
        var item = Checklist.Item(step.State.ItemId!)!;
        if (item.Kind == ItemKind.Link)
        {
            step.State.LinkName = (string)step.Result!;
            return await step.PromptAsync(UrlPromptId, new PromptOptions { Prompt = Strings.LinkAskUrl, MaxLength = 500 }, cancellationToken);
        }

        var person = TurnPerson.Get(step.Context);
        var attachments = (IReadOnlyList<Attachment>)step.Result!;
        var refused = false;
        for (var i = 0; i < attachments.Count; i++)
        {
            var source = AttachmentSource.Of(attachments[i]);
            var key = $"{step.Context.Activity.ChannelId}/{step.Context.Activity.Conversation?.Id}/{step.Context.Activity.Id}/{i}";
            var name = attachments[i].Name ?? "file";
            if (source is null)
            {
                await step.SendAsync(Strings.Format(nameof(Strings.FileRejected), name, Strings.FileUnreachable), cancellationToken);
                refused = true;
                continue;
            }

            var outcome = await deliverables.UploadAsync(person, step.State.ProjectId!, item.Id, key, new IncomingFile(name, attachments[i].ContentType, source), cancellationToken);
            await step.SendAsync(Reply(item, name, outcome), cancellationToken);
            if (outcome.Refusal == DeliveryRefusal.Closed)
            {
                return await step.EndAsync(null, cancellationToken);
            }

            refused |= outcome.Upload is { Succeeded: false, Duplicate: false };
        }

        if (refused)
        {
            // A refused file is usually followed by a corrected one: ask for the same item again.
            return await step.ReplaceAsync(Id, new UploadRestart(step.State.ProjectId!, item.Id), cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = Strings.UploadMore }, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterReceiptAsync(WaterfallStepContext<UploadState> step, CancellationToken cancellationToken)
    {
        var item = Checklist.Item(step.State.ItemId!)!;
        if (item.Kind == ItemKind.File)
        {
            return await MoreAsync(step, (bool)step.Result!, cancellationToken);
        }

        var url = new Uri(((string)step.Result!).Trim());
        var outcome = await deliverables.LinkAsync(TurnPerson.Get(step.Context), step.State.ProjectId!, item.Id, step.State.LinkName!, url, cancellationToken);
        if (outcome.Refusal == DeliveryRefusal.Closed)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.UploadClosed), DeliverableTexts.Label(item), DueText.When(outcome.Window!.Closes)), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        await step.SendAsync(Strings.Format(nameof(Strings.LinkSaved), step.State.LinkName!, url, outcome.Late ? Strings.LateMark : "。"), cancellationToken);
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = Strings.UploadMore }, cancellationToken);
    }

    private string ItemLabel(ItemProgress item) =>
        DeliverableTexts.Label(item.Item)
        + (time.GetUtcNow() > item.Window.Closes ? Strings.ClosedMark : string.Empty)
        + (item.State == ItemState.Missing ? string.Empty : " ✓");

    private Task<DialogTurnResult> AfterLinkAsync(WaterfallStepContext<UploadState> step, CancellationToken cancellationToken) =>
        MoreAsync(step, (bool)step.Result!, cancellationToken);

    private Task<DialogTurnResult> MoreAsync(WaterfallStepContext<UploadState> step, bool more, CancellationToken cancellationToken) =>
        more ? step.ReplaceAsync(Id, new UploadRestart(step.State.ProjectId!, null), cancellationToken) : step.EndAsync(null, cancellationToken);

    private static string Reply(ChecklistItem item, string name, DeliveryOutcome outcome)
    {
        if (outcome.Refusal == DeliveryRefusal.Closed)
        {
            return Strings.Format(nameof(Strings.UploadClosed), DeliverableTexts.Label(item), DueText.When(outcome.Window!.Closes));
        }

        var upload = outcome.Upload!;
        return upload switch
        {
            // A redelivered activity gets the same receipt as the first delivery: one version, one answer.
            { Duplicate: true } or { Succeeded: true } => DeliverableWords.Receipt(item, upload.Version!),
            _ => Strings.Format(nameof(Strings.FileRejected), name, DeliverableWords.Problem(item, upload)),
        };
    }

    /// <summary>Starts again at a known project and item (after a refused file).</summary>
    public sealed record UploadRestart(string ProjectId, string? ItemId);

    public sealed class UploadState
    {
        public string? ProjectId { get; set; }

        public string? ItemId { get; set; }

        public string? LinkName { get; set; }
    }
}
