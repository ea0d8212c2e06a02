using Azure;
using DualCreationBot.Services.Resilience;
using DualCreationBot.Services.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Polly.Timeout;

namespace DualCreationBot.Tests.Services.Resilience;

/// <summary>The storage pipeline around a mocked store: what is retried, what is not, and what the caller sees.</summary>
public sealed class ResilientDocumentStoreTests
{
    private readonly Mock<IDocumentStore> inner = new(MockBehavior.Strict);

    [Fact]
    public async Task Retries_TransientFailures_ThenSucceeds()
    {
        inner.SetupSequence(s => s.ReadAsync("k", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "busy"))
            .ThrowsAsync(new RequestFailedException(500, "oops"))
            .ReturnsAsync(new StoredDocument("k", "{}", "e1"));

        var read = await Store().ReadAsync("k");

        Assert.Equal("e1", read!.ETag);
        inner.Verify(s => s.ReadAsync("k", It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Theory]
    [InlineData(409)]
    [InlineData(412)]
    public async Task NeverRetries_ConflictsOrPreconditionFailures(int status)
    {
        inner.Setup(s => s.WriteAsync("k", "{}", It.IsAny<WriteCondition>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(status == 412 ? new ConcurrencyConflictException("k") : new RequestFailedException(status, "conflict"));

        var store = Store();
        if (status == 412)
        {
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.WriteAsync("k", "{}", WriteCondition.CreateOnly));
        }
        else
        {
            await Assert.ThrowsAsync<RequestFailedException>(() => store.WriteAsync("k", "{}", WriteCondition.CreateOnly));
        }

        inner.Verify(s => s.WriteAsync("k", "{}", It.IsAny<WriteCondition>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ReportsUnavailable_AfterTheRetriesRunOut()
    {
        inner.Setup(s => s.ReadAsync("k", It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("refused"));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => Store(retries: 2).ReadAsync("k"));

        Assert.IsType<HttpRequestException>(error.InnerException);
        inner.Verify(s => s.ReadAsync("k", It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task TimesOut_ACallThatHangs()
    {
        inner.Setup(s => s.ReadAsync("k", It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>(async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return null;
            });

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => Store(retries: 1, timeout: TimeSpan.FromMilliseconds(50)).ReadAsync("k"));

        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        inner.Verify(s => s.ReadAsync("k", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task OpensTheCircuit_AndFailsFast_WhileStorageIsDown()
    {
        inner.Setup(s => s.ReadAsync("k", It.IsAny<CancellationToken>())).ThrowsAsync(new RequestFailedException(503, "down"));
        var store = Store(retries: 0, minimumThroughput: 2);

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync("k"));
        }

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync("k"));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(error.InnerException);
        inner.Verify(s => s.ReadAsync("k", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public void Options_RejectOutOfRangeValues_AtStartUp()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Resilience:MaxRetryAttempts"] = "99" })
            .Build();
        services.AddDualCreationStorage(configuration);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageResilienceOptions>>().Value);

        Assert.Contains("MaxRetryAttempts", error.Message, StringComparison.Ordinal);
    }

    private ResilientDocumentStore Store(int retries = 3, TimeSpan? timeout = null, int minimumThroughput = 100)
    {
        var options = Options.Create(new StorageResilienceOptions
        {
            MaxRetryAttempts = retries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            AttemptTimeout = timeout ?? TimeSpan.FromSeconds(5),
            BreakerMinimumThroughput = minimumThroughput,
            BreakerFailureRatio = 0.5,
        });
        return new ResilientDocumentStore(inner.Object, new StorageResiliencePipelines(options, TimeProvider.System, NullLogger<StorageResiliencePipelines>.Instance));
    }
}
