using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>
/// Reads an application for someone who may see it. The access check yields the owner the page needs, so readers
/// check here once instead of in an authoriser and again in the handler.
/// </summary>
public sealed class ApplicationReader(IGrainFactory grains, ApplicationAccess access)
{
    public async Task<Result<ApplicationDetails>> ReadAsync(string key, ICurrentUser user)
    {
        var owner = await access.CheckAsync(key, user, toEdit: false);
        if (!owner.IsSuccess)
        {
            return owner.Problem;
        }

        var application = await grains.GetGrain<IApplicationGrain>(key).GetAsync();
        return new ApplicationDetails(owner.ValueOrThrow(), application, Completeness.Of(application));
    }
}
