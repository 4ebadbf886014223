namespace ExchangeHub.Web.Tests.Security;

/// <summary>
/// The one table of who may do what. A row is an API route (or a hub stream) called on lab A's resources; its answer
/// holds one mark per <see cref="AccessRole"/>, in the order Anonymous, Stranger, OtherMember (of lab B), OtherAdmin
/// (of lab B), Member (of lab A), Admin (of lab A), Mentor, Operator.
/// API marks: Y = allowed (2xx, or 400/409 once past the checks), 1 = 401, 3 = 403, 4 = 404.
/// Hub marks: Y = Subscribe answers, N = Subscribe refused with a HubException.
/// Rows run top to bottom in each caller's own world, so changes that take the caller's rights away come last.
/// </summary>
public static class AccessMatrix
{
    public sealed record Row(string Route, string Call, string Expected, object? Body = null);

    private static readonly object _badLab = new { name = "", prefecture = "05", municipality = "", programme = "dx", themes = Array.Empty<string>(), needs = Array.Empty<string>(), offers = Array.Empty<string>(), vision = "" };
    private static readonly object _badCaseStudy = new { title = "", summary = "", body = "", themes = Array.Empty<string>() };

    public static readonly IReadOnlyList<Row> Rows =
    [
        //  Route                                                        Call                                                         A S o O M D m P
        new("HUB lab:",                                                  "lab:{labA}",                                                "Y Y Y Y Y Y Y Y"),
        new("HUB user:",                                                 "user:{adminA}",                                             "N N N N N Y N N"),
        new("HUB thread: public",                                        "thread:{publicThread}",                                     "N Y Y Y Y Y Y Y"),
        new("HUB thread: casestudy",                                     "thread:{caseThread}",                                       "Y Y Y Y Y Y Y Y"),
        new("HUB thread: lab",                                           "thread:{labThread}",                                        "N N N N Y Y N Y"),
        new("HUB thread: consortium",                                    "thread:{consortiumThread}",                                 "N N N N Y Y N Y"),
        new("HUB thread: mentor-request",                                "thread:{requestThread}",                                    "N N N N Y Y N Y"),
        new("HUB consortium:",                                           "consortium:{consortiumA}",                                  "N N N N Y Y N Y"),
        new("HUB consortium: invited only",                              "consortium:{consortiumD}",                                  "N N N N N N N Y"),
        new("HUB application: consortium",                               "application:consortium:{consortiumA}",                      "N N N N Y Y N Y"),
        new("HUB application: lab",                                      "application:lab:{labA}",                                    "N N N N Y Y N Y"),
        new("HUB mentor-desk",                                           "mentor-desk",                                               "N N N N N N Y N"),
        new("HUB mentor-request:",                                       "mentor-request:{request}",                                  "N N N N Y Y Y Y"),
        new("HUB activity",                                              "activity",                                                  "Y Y Y Y Y Y Y Y"),

        new("GET /api/me",                                               "GET /api/me",                                               "1 Y Y Y Y Y Y Y"),
        new("POST /api/auth/login",                                      "POST /api/auth/login",                                      "1 1 1 1 1 1 1 1", new { email = "nobody-{secret}@example.jp", password = "wrong-password-1" }),
        new("POST /api/auth/login",                                      "POST /api/auth/login",                                      "1 1 1 1 1 1 1 1", new { email = "{spareEmail}", password = "wrong-password-1" }),
        new("POST /api/auth/register",                                   "POST /api/auth/register",                                   "Y Y Y Y Y Y Y Y", new { email = "x", password = "x", displayName = "" }),

        new("GET /api/labs",                                             "GET /api/labs",                                             "Y Y Y Y Y Y Y Y"),
        new("POST /api/labs",                                            "POST /api/labs",                                            "1 Y Y Y Y Y Y Y", _badLab),
        new("GET /api/labs/{labId}",                                     "GET /api/labs/{labA}",                                      "Y Y Y Y Y Y Y Y"),
        new("PUT /api/labs/{labId}",                                     "PUT /api/labs/{labA}",                                      "1 3 3 3 3 Y 3 3", _badLab),
        new("POST /api/labs/{labId}/members",                            "POST /api/labs/{labA}/members",                             "1 3 3 3 3 Y 3 3", new { email = "{spareEmail}", role = "member" }),
        new("DELETE /api/labs/{labId}/members/{userId}",                 "DELETE /api/labs/{labA}/members/{spareId}",                 "1 3 3 3 3 Y 3 3"),
        new("GET /api/labs/{labId}/case-studies",                        "GET /api/labs/{labA}/case-studies",                         "Y Y Y Y Y Y Y Y"),
        new("POST /api/labs/{labId}/case-studies",                       "POST /api/labs/{labA}/case-studies",                        "1 3 3 3 Y Y 3 3", _badCaseStudy),
        new("GET /api/labs/{labId}/consortia",                           "GET /api/labs/{labA}/consortia",                            "1 3 3 3 Y Y 3 3"),
        new("GET /api/labs/{labId}/partner-recommendations",             "GET /api/labs/{labA}/partner-recommendations",              "1 3 3 3 Y Y 3 3"),

        new("GET /api/case-studies/{id}",                                "GET /api/case-studies/{caseStudy}",                         "Y Y Y Y Y Y Y Y"),
        new("PUT /api/case-studies/{id}",                                "PUT /api/case-studies/{caseStudy}",                         "1 3 3 3 Y Y 3 3", _badCaseStudy),
        new("GET /api/case-studies/{id}/revisions/{revision}",           "GET /api/case-studies/{caseStudy}/revisions/1",             "Y Y Y Y Y Y Y Y"),
        new("POST /api/markdown/preview",                                "POST /api/markdown/preview",                                "1 Y Y Y Y Y Y Y", new { markdown = "**x**" }),

        new("GET /api/threads",                                          "GET /api/threads?space=lab:{labA}",                         "1 3 3 3 Y Y 3 Y"),
        new("GET /api/threads",                                          "GET /api/threads?space=public",                             "1 Y Y Y Y Y Y Y"),
        new("POST /api/threads",                                         "POST /api/threads",                                         "1 3 3 3 Y Y 3 3", new { space = "lab:{labA}", title = "", body = "" }),
        new("POST /api/threads",                                         "POST /api/threads",                                         "1 3 3 3 Y Y 3 3", new { space = "consortium:{consortiumA}", title = "", body = "" }),
        new("GET /api/threads/{id}",                                     "GET /api/threads/{labThread}",                              "1 3 3 3 Y Y 3 Y"),
        new("GET /api/threads/{id}",                                     "GET /api/threads/{consortiumThread}",                       "1 3 3 3 Y Y 3 Y"),
        new("GET /api/threads/{id}",                                     "GET /api/threads/{requestThread}",                          "1 3 3 3 Y Y 3 Y"),
        new("GET /api/threads/{id}",                                     "GET /api/threads/{publicThread}",                           "1 Y Y Y Y Y Y Y"),
        new("GET /api/threads/{id}/posts",                               "GET /api/threads/{labThread}/posts",                        "1 3 3 3 Y Y 3 Y"),
        new("GET /api/threads/{id}/posts",                               "GET /api/threads/{requestThread}/posts",                    "1 3 3 3 Y Y 3 Y"),
        new("POST /api/threads/{id}/posts",                              "POST /api/threads/{labThread}/posts",                       "1 3 3 3 Y Y 3 3", new { body = "" }),
        new("POST /api/threads/{id}/posts",                              "POST /api/threads/{requestThread}/posts",                   "1 3 3 3 Y Y 3 Y", new { body = "" }),
        new("PUT /api/threads/{id}/posts/{seq}",                         "PUT /api/threads/{labThread}/posts/1",                      "1 3 3 3 Y Y 3 Y", new { body = "書き直し" }),
        new("PUT /api/threads/{id}/posts/{seq}",                         "PUT /api/threads/{labThread}/posts/3",                      "1 3 3 3 3 Y 3 Y", new { body = "書き直し" }),
        new("GET /api/threads/{id}/posts/{seq}/history",                 "GET /api/threads/{labThread}/posts/1/history",              "1 3 3 3 Y Y 3 Y"),
        new("POST /api/threads/{id}/posts/{seq}/reactions",              "POST /api/threads/{labThread}/posts/1/reactions",           "1 3 3 3 Y Y 3 3", new { emoji = "👍" }),
        new("DELETE /api/threads/{id}/posts/{seq}/reactions/{emoji}",    "DELETE /api/threads/{labThread}/posts/1/reactions/%F0%9F%91%8D", "1 3 3 3 Y Y 3 3"),
        new("POST /api/threads/{id}/resolve",                            "POST /api/threads/{labThread}/resolve",                     "1 3 3 3 Y Y 3 Y", new { }),
        new("POST /api/threads/{id}/reopen",                             "POST /api/threads/{labThread}/reopen",                      "1 3 3 3 Y Y 3 Y"),
        new("PUT /api/threads/{id}/follow",                              "PUT /api/threads/{labThread}/follow",                       "1 3 3 3 Y Y 3 Y", new { level = "watching" }),
        new("POST /api/threads/{id}/read",                               "POST /api/threads/{labThread}/read",                        "1 3 3 3 Y Y 3 Y", new { seq = 1 }),
        new("DELETE /api/threads/{id}/posts/{seq}",                      "DELETE /api/threads/{labThread}/posts/2",                   "1 3 3 3 Y Y 3 Y"),
        new("DELETE /api/threads/{id}/posts/{seq}",                      "DELETE /api/threads/{labThread}/posts/3",                   "1 3 3 3 3 Y 3 Y"),

        new("GET /api/me/threads",                                       "GET /api/me/threads",                                       "1 Y Y Y Y Y Y Y"),
        new("GET /api/me/notifications",                                 "GET /api/me/notifications",                                 "1 Y Y Y Y Y Y Y"),
        new("POST /api/me/notifications/read",                           "POST /api/me/notifications/read",                           "1 Y Y Y Y Y Y Y", new { }),
        new("GET /api/me/invitations",                                   "GET /api/me/invitations",                                   "1 Y Y Y Y Y Y Y"),
        new("GET /api/me/partnership-requests",                          "GET /api/me/partnership-requests",                          "1 Y Y Y Y Y Y Y"),

        new("POST /api/consortia",                                       "POST /api/consortia",                                       "1 3 3 3 3 Y 3 3", new { name = "", leadLabId = "{labA}" }),
        new("GET /api/consortia/{id}",                                   "GET /api/consortia/{consortiumA}",                          "1 3 3 3 Y Y 3 Y"),
        new("GET /api/consortia/{id}",                                   "GET /api/consortia/{consortiumD}",                          "1 3 3 3 3 3 3 Y"),
        new("PUT /api/consortia/{id}",                                   "PUT /api/consortia/{consortiumA}",                          "1 3 3 3 3 Y 3 3", new { name = "", leadLabId = "{labA}" }),
        new("POST /api/consortia/{id}/invitations",                      "POST /api/consortia/{consortiumA}/invitations",             "1 3 3 3 3 Y 3 3", new { labId = "{labB}" }),
        new("POST /api/consortia/{id}/lead",                             "POST /api/consortia/{consortiumA}/lead",                    "1 3 3 3 3 Y 3 3", new { labId = "{labB}" }),
        new("POST /api/consortia/{id}/status",                           "POST /api/consortia/{consortiumA}/status",                  "1 3 3 3 3 Y 3 3", new { status = "nonsense" }),
        new("POST /api/consortia/{id}/invitations/{labId}/accept",       "POST /api/consortia/{consortiumD}/invitations/{labA}/accept", "1 3 3 3 3 Y 3 3"),
        new("POST /api/consortia/{id}/invitations/{labId}/decline",      "POST /api/consortia/{consortiumE}/invitations/{labA}/decline", "1 3 3 3 3 Y 3 3"),
        new("GET /api/consortia/{id}/application",                       "GET /api/consortia/{consortiumA}/application",              "1 3 3 3 Y Y 3 Y"),
        new("PUT /api/consortia/{id}/application/{section}",             "PUT /api/consortia/{consortiumA}/application/vision",       "1 3 3 3 Y Y 3 3", new { baseVersion = 99, markdown = "" }),
        new("GET /api/consortia/{id}/application/markdown",              "GET /api/consortia/{consortiumA}/application/markdown",     "1 3 3 3 Y Y 3 Y"),
        new("GET /api/labs/{id}/transition-plan",                        "GET /api/labs/{labA}/transition-plan",                      "1 3 3 3 Y Y 3 Y"),
        new("PUT /api/labs/{id}/transition-plan/{section}",              "PUT /api/labs/{labA}/transition-plan/vision",               "1 3 3 3 Y Y 3 3", new { baseVersion = 99, markdown = "" }),
        new("GET /api/labs/{id}/transition-plan/markdown",               "GET /api/labs/{labA}/transition-plan/markdown",             "1 3 3 3 Y Y 3 Y"),

        new("GET /api/search",                                           "GET /api/search?q=" + "{secret}",                           "Y Y Y Y Y Y Y Y"),
        new("POST /api/partnership-requests",                            "POST /api/partnership-requests",                            "1 3 3 3 3 Y 3 3", new { fromLabId = "{labA}", toLabId = "{labB}", message = "" }),
        new("POST /api/partnership-requests/{id}/accept",                "POST /api/partnership-requests/{partnership}/accept",       "1 3 3 3 3 Y 3 3"),
        new("POST /api/partnership-requests/{id}/decline",               "POST /api/partnership-requests/{partnership}/decline",      "1 3 3 3 3 Y 3 3"),

        new("GET /api/mentors",                                          "GET /api/mentors",                                          "Y Y Y Y Y Y Y Y"),
        new("GET /api/mentors/me",                                       "GET /api/mentors/me",                                       "1 4 4 4 4 4 Y 4"),
        new("GET /api/mentors/{userId}",                                 "GET /api/mentors/{mentorId}",                               "Y Y Y Y Y Y Y Y"),
        new("PUT /api/mentors/me",                                       "PUT /api/mentors/me",                                       "1 Y Y Y Y Y Y Y", new { expertise = Array.Empty<string>(), bio = "", onDuty = true, capacity = 999 }),
        new("GET /api/mentor-desk",                                      "GET /api/mentor-desk",                                      "1 3 3 3 3 3 Y 3"),
        new("GET /api/mentor-desk/unserved",                             "GET /api/mentor-desk/unserved",                             "1 3 3 3 3 3 3 Y"),
        new("POST /api/mentor-requests",                                 "POST /api/mentor-requests",                                 "1 3 3 3 Y Y 3 3", new { labId = "{labA}", title = "", body = "" }),
        new("GET /api/mentor-requests/mine",                             "GET /api/mentor-requests/mine",                             "1 Y Y Y Y Y Y Y"),
        new("GET /api/mentor-requests/{id}",                             "GET /api/mentor-requests/{request}",                        "1 3 3 3 Y Y Y Y"),
        new("POST /api/mentor-requests/{id}/seen",                       "POST /api/mentor-requests/{request}/seen",                  "1 3 3 3 3 3 Y 3"),
        new("POST /api/mentor-requests/{id}/claim",                      "POST /api/mentor-requests/{request}/claim",                 "1 3 3 3 3 3 Y 3"),
        new("POST /api/mentor-requests/{id}/resolve",                    "POST /api/mentor-requests/{request}/resolve",               "1 3 3 3 Y Y 3 3", new { rating = 9 }),

        new("GET /api/activity",                                         "GET /api/activity",                                         "Y Y Y Y Y Y Y Y"),
        new("GET /api/labs/{labId}/dashboard",                           "GET /api/labs/{labA}/dashboard",                            "1 3 3 3 Y Y 3 3"),
        new("POST /api/labs/{labId}/companies",                          "POST /api/labs/{labA}/companies",                           "1 3 3 3 3 Y 3 3", new { name = "" }),
        new("POST /api/threads/{id}/posts/{postId}/flags",               "POST /api/threads/{labThread}/posts/1/flags",               "1 3 3 3 Y Y 3 Y", new { reason = "" }),
        new("GET /api/operator/overview",                                "GET /api/operator/overview",                                "1 3 3 3 3 3 3 Y"),
        new("GET /api/operator/labs/pending",                            "GET /api/operator/labs/pending",                            "1 3 3 3 3 3 3 Y"),
        new("GET /api/operator/labs.csv",                                "GET /api/operator/labs.csv",                                "1 3 3 3 3 3 3 Y"),
        new("GET /api/operator/flags",                                   "GET /api/operator/flags",                                   "1 3 3 3 3 3 3 Y"),
        new("POST /api/operator/labs/{labId}/approve",                   "POST /api/operator/labs/{labA}/approve",                    "1 3 3 3 3 3 3 Y"),
        new("POST /api/operator/labs/{labId}/move-to-dx",                "POST /api/operator/labs/{labA}/move-to-dx",                 "1 3 3 3 3 3 3 Y"),
        new("POST /api/operator/labs/{labId}/companies/{companyId}/recommend", "POST /api/operator/labs/{labA}/companies/no-such-company/recommend", "1 3 3 3 3 3 3 4"),
        new("POST /api/operator/flags/{threadId}/{seq}/hide",            "POST /api/operator/flags/{labThread}/999/hide",             "1 3 3 3 3 3 3 4"),
        new("POST /api/operator/flags/{threadId}/{seq}/dismiss",         "POST /api/operator/flags/{labThread}/999/dismiss",          "1 3 3 3 3 3 3 4"),

        // These take the caller's own rights away, so they run last.
        new("POST /api/consortia/{id}/members/{labId}/leave",            "POST /api/consortia/{consortiumA}/members/{labA}/leave",    "1 3 3 3 3 Y 3 3"),
        new("POST /api/mentor-requests/{id}/cancel",                     "POST /api/mentor-requests/{request}/cancel",                "1 3 3 3 Y Y 3 Y"),
        new("DELETE /api/labs/{labId}/members/{userId}",                 "DELETE /api/labs/{labA}/members/{memberA}",                 "1 3 3 3 Y Y 3 3"),
        new("POST /api/auth/logout",                                     "POST /api/auth/logout",                                     "Y Y Y Y Y Y Y Y"),
    ];
}
