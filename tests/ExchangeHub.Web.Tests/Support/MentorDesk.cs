using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>Mentors, requests and the operator for the mentor desk's tests.</summary>
public static class MentorDesk
{
    private static readonly SemaphoreSlim _operatorGate = new(1, 1);
    private static Person? _operator;

    public static async Task<Person> MentorAsync(HubServer server, string name, string[] expertise, bool onDuty = true, int? capacity = null)
    {
        var person = await Person.SignUpAsync(server, name);
        await person.BecomeMentorAsync(expertise, onDuty, capacity);
        return person;
    }

    public static async Task<JsonElement> BecomeMentorAsync(this Person person, string[] expertise, bool onDuty = true, int? capacity = null)
    {
        var response = await person.Client.PutAsJsonAsync("/api/mentors/me",
            new { expertise, bio = "**農業DX**の導入を支援しています。", onDuty, languages = new[] { "ja", "en" }, capacity });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A lab of the person's own and a request from it.</summary>
    public static async Task<(string LabId, JsonElement Request)> LabWithRequestAsync(this Person person, string[] themes, string urgency = "normal")
    {
        var labId = (await person.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        return (labId, await person.OpenRequestAsync(labId, themes, urgency));
    }

    public static async Task<JsonElement> OpenRequestAsync(this Person person, string labId, string[] themes, string urgency = "normal")
    {
        var response = await person.Client.PostAsJsonAsync("/api/mentor-requests", new
        {
            labId,
            title = "ドローン散布の許可申請について",
            body = "散布の**飛行許可**はどう取りましたか?",
            themes,
            urgency,
        });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString() ?? "";

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";

    /// <summary>The server's one operator account, registered by the first test that needs it.</summary>
    public static async Task<Person> OperatorAsync(HubServer server)
    {
        await _operatorGate.WaitAsync();
        try
        {
            if (_operator is null)
            {
                var cookies = new CookieContainer();
                var client = server.NewClient(cookies);
                const string Password = "programme-office-2025";
                var response = await client.PostAsJsonAsync("/api/auth/register",
                    new { email = HubServer.OperatorEmail, password = Password, displayName = "事務局 運営" });
                response.EnsureSuccessStatusCode();
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
                _operator = new Person(client, cookies, id, HubServer.OperatorEmail, "事務局 運営", Password);
            }

            return _operator;
        }
        finally
        {
            _operatorGate.Release();
        }
    }
}
