using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Storage;
using DualCreationBot.Tests.Dialogs.Engine;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Bot;

/// <summary>The one turn-error handler: one apology, a clean restart, saved data untouched, nothing lost in an outage.</summary>
public sealed class TurnErrorHandlerTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Apologises_ClearsTheDialog_AndKeepsSavedData()
    {
        await using var bot = BotHarness.Create(
            data.Path,
            rootDialogId: nameof(ExplodingDialog),
            configure: s => s.AddSingleton<Dialog, ExplodingDialog>());
        await bot.Store.WriteAsync("projects/文学院", "{\"name\":\"文学院\"}", WriteCondition.CreateOnly);
        Assert.Equal(ExplodingDialog.Ask, (await bot.SendAsync("你好"))[1].Text);

        var replies = Texts(await bot.SendAsync("boom"));

        Assert.Equal([Strings.TurnError], replies);
        Assert.Equal("{\"name\":\"文学院\"}", (await bot.Store.ReadAsync("projects/文学院"))!.Content);
        Assert.Equal([ExplodingDialog.Ask], Texts(await bot.SendAsync("再试一次")));
    }

    [Fact]
    public async Task StorageDownWhileReading_AsksToResend_AndTheAnswerCountsAfterwards()
    {
        FaultyDocumentStore? faulty = null;
        await using var bot = ProbeWithFaults(store => faulty = store);
        await bot.SendAsync("开始");
        faulty!.ReadsFail = true;

        Assert.Equal([Strings.StorageUnavailable], Texts(await bot.SendAsync("文学院")));

        faulty.ReadsFail = false;
        Assert.Equal(["text=文学院", ProbeDialog.AskNumber], Texts(await bot.SendAsync("文学院")));
    }

    [Fact]
    public async Task StorageDownWhileSaving_SendsOnlyTheApology_AndKeepsThePosition()
    {
        FaultyDocumentStore? faulty = null;
        await using var bot = ProbeWithFaults(store => faulty = store);
        await bot.SendAsync("开始");
        await bot.SendAsync("文学院");
        faulty!.WritesFail = true;

        // The answer was understood but could not be saved: the reply that would claim progress is withheld.
        Assert.Equal([Strings.StorageUnavailable], Texts(await bot.SendAsync("30")));

        faulty.WritesFail = false;
        Assert.Equal(["number=30", ProbeDialog.AskChoice], Texts(await bot.SendAsync("30")).Take(2));
    }

    private BotHarness ProbeWithFaults(Action<FaultyDocumentStore> capture) =>
        BotHarness.Create(
            data.Path,
            rootDialogId: nameof(ProbeDialog),
            configure: s =>
            {
                s.AddSingleton<Dialog>(new ProbeDialog());
                var real = s.Last(d => d.ServiceType == typeof(IDocumentStore));
                s.AddSingleton<IDocumentStore>(sp =>
                {
                    var store = new FaultyDocumentStore((IDocumentStore)real.ImplementationFactory!(sp));
                    capture(store);
                    return store;
                });
            });

    /// <summary>Asks once; any answer throws, as a bug would.</summary>
    private sealed class ExplodingDialog() : Dialog(nameof(ExplodingDialog))
    {
        public const string Ask = "请回答";

        public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            await dc.Context.SendActivityAsync(Ask, cancellationToken: cancellationToken);
            return DialogTurnResult.Waiting;
        }

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A bug.");
    }
}
