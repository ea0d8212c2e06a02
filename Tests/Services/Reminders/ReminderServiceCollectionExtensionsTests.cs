using DualCreationBot.Services.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Services.Reminders;

public sealed class ReminderServiceCollectionExtensionsTests
{
    [Fact]
    public void Defaults_AreSevenThreeAndOneDays_AtEight_QuietFromTenToEight_SweepingEveryMinute()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.Equal([7, 3, 1], options.OffsetsDays);
        Assert.Equal(new TimeOnly(8, 0), options.MorningOfDueDay);
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(8, 0)), (options.QuietHoursStart, options.QuietHoursEnd));
        Assert.Equal(TimeSpan.FromMinutes(1), options.SweepInterval);
    }

    [Fact]
    public void ConfiguredOffsets_ReplaceTheDefaults()
    {
        var options = Options(new Dictionary<string, string?>
        {
            ["Reminders:OffsetsDays:0"] = "14",
            ["Reminders:OffsetsDays:1"] = "2",
            ["Reminders:MorningOfDueDay"] = "09:30",
        });

        Assert.Equal([14, 2], options.OffsetsDays);
        Assert.Equal(new TimeOnly(9, 30), options.MorningOfDueDay);
    }

    [Theory]
    [InlineData("Reminders:OffsetsDays:0", "0")]
    [InlineData("Reminders:OffsetsDays:0", "400")]
    [InlineData("Reminders:SweepInterval", "02:00:00")]
    public void InvalidSettings_AreRefused(string key, string value)
    {
        Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?> { [key] = value }));
    }

    [Fact]
    public void RepeatedOffsets_AreRefused()
    {
        Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?> { ["Reminders:OffsetsDays:0"] = "3", ["Reminders:OffsetsDays:1"] = "3" }));
    }

    [Fact]
    public void Registers_ThePlanner_WithEveryDeadlineSource()
    {
        using var provider = new ServiceCollection().AddReminderPlanning(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<IReminderPlanner>());
        Assert.Equal(4, provider.GetServices<IDeadlineSource>().Count());
    }

    private static ReminderOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddReminderPlanning(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ReminderOptions>>().Value;
    }
}
