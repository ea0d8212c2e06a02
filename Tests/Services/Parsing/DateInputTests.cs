using DualCreationBot.Services.Parsing;

namespace DualCreationBot.Tests.Services.Parsing;

public sealed class DateInputTests
{
    private static readonly DateOnly Today = new(2019, 9, 27);

    [Theory]
    [InlineData("2019-09-30", 2019, 9, 30)]
    [InlineData("２０１９－０９－３０", 2019, 9, 30)]
    [InlineData("2019年9月30日", 2019, 9, 30)]
    [InlineData("2019年09月30号", 2019, 9, 30)]
    [InlineData("2020.5.31", 2020, 5, 31)]
    [InlineData("9月30日", 2019, 9, 30)]
    [InlineData("10-8", 2019, 10, 8)]
    [InlineData(" 2020年2月29日。", 2020, 2, 29)]
    public void Reads_TheWritingsPeopleUse(string text, int year, int month, int day)
    {
        Assert.True(DateInput.TryParse(text, Today, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2019年13月1日")]
    [InlineData("9月31日")]
    [InlineData("下周一")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("20190930")]
    public void Refuses_WhatIsNotARealDate(string? text)
    {
        Assert.False(DateInput.TryParse(text, Today, out _));
    }
}
