using System.Globalization;
using System.Resources;

namespace DualCreationBot.Services.Deliverables;

/// <summary>Names of checklist items and delivery stages (zh-CN neutral, en-US), in the current UI culture.</summary>
public static class DeliverableTexts
{
    private static readonly ResourceManager Resources = new("DualCreationBot.Services.Deliverables.DeliverableTexts", typeof(DeliverableTexts).Assembly);

    public static string Label(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Get("deliverable." + item.Id);
    }

    public static string Stage(DeliveryStage stage) => Get("stage." + stage);

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing deliverable text '{name}'.");
}
