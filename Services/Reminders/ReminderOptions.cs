using System.ComponentModel.DataAnnotations;

namespace DualCreationBot.Services.Reminders;

/// <summary>
/// When reminders go out. Section "Reminders". Every reminder — the 7/3/1-day ones and the one on the
/// due day — is planned at <see cref="MorningOfDueDay"/> (Beijing) of its day, so that secretaries get
/// them at the start of a working day; a planned instant inside the quiet hours moves to their end.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string SectionName = "Reminders";

    /// <summary>Days before the due day on which to remind, besides the due day itself.</summary>
    [Required]
    public IReadOnlyList<int> OffsetsDays { get; set; } = [7, 3, 1];

    /// <summary>Beijing time of day of every reminder.</summary>
    public TimeOnly MorningOfDueDay { get; set; } = new(8, 0);

    /// <summary>Beijing time from which nothing is sent; equal to <see cref="QuietHoursEnd"/> means no quiet hours.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(22, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>How often the sweep asks what is due.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OffsetsDays is null)
        {
            yield break;
        }

        if (OffsetsDays.Any(d => d is < 1 or > 366))
        {
            yield return new("Reminders:OffsetsDays must be whole days from 1 to 366 (the due day itself is always reminded).", [nameof(OffsetsDays)]);
        }

        if (OffsetsDays.Distinct().Count() != OffsetsDays.Count)
        {
            yield return new("Reminders:OffsetsDays must not repeat a day.", [nameof(OffsetsDays)]);
        }
    }
}
