using System.Globalization;

namespace ExchangeHub.Core.Common.Text;

/// <summary>Picks the Japanese or English wording of a message by the request's UI culture; Japanese unless English was chosen.</summary>
public static class Say
{
    public static string Text(string japanese, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : japanese;
}
