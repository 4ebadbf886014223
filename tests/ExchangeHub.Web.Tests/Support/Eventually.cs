using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>
/// Reads a resource until it satisfies a condition: followers and inboxes are told one-way after a post, so their
/// views settle a moment later. Bounded: fails after the timeout with the last answer.
/// </summary>
public static class Eventually
{
    public static async Task<JsonElement> GetAsync(HttpClient client, string path, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        JsonElement last;
        do
        {
            last = await client.GetFromJsonAsync<JsonElement>(path);
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"{path} never met the condition; last answer: {last}");
    }
}
