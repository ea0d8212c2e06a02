namespace DualCreationBot.Tests; public class PTests { [Fact] public void A() => Assert.True(true); }
