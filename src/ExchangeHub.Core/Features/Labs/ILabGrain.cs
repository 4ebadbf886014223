using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>One lab, keyed by lab id: its profile, members and case-study cards; owns the sequence of the lab:{id} stream.</summary>
public interface ILabGrain : IGrainWithStringKey
{
    Task<Result<LabDetails>> CreateAsync(LabFields fields, string visionHtml, LabMember creator);

    /// <summary>The lab, or null when no lab has this id.</summary>
    [ReadOnly]
    Task<LabDetails?> GetAsync();

    /// <summary>Whether the lab exists and the role the user holds in it, if any.</summary>
    [ReadOnly]
    Task<LabRoleAnswer> GetRoleAsync(string userId);

    Task<Result<LabDetails>> UpdateAsync(LabFields fields, string visionHtml);

    /// <summary>Adds a member, or changes the role of one already there.</summary>
    Task<Result<LabDetails>> SetMemberAsync(LabMember member);

    /// <summary>Removes a member; the last admin cannot leave the lab without one.</summary>
    Task<Result<LabDetails>> RemoveMemberAsync(string userId);

    /// <summary>Records a new or revised case study and publishes it on the lab's stream.</summary>
    Task<Result<LiveEvent>> PublishCaseStudyAsync(CaseStudyCard card);

    /// <summary>The lab stream's events after <paramref name="afterSeq"/>, oldest first.</summary>
    [ReadOnly]
    Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq);

    /// <summary>An operator approves a pending lab.</summary>
    Task<Result<LabDetails>> ApproveAsync();

    /// <summary>Moves an IoT lab to the DX programme once the programme office has accepted its transition plan.</summary>
    Task<Result<LabDetails>> MoveToDxAsync();

    Task<Result<Company>> AddCompanyAsync(string name);

    /// <summary>Marks a company for recommendation to DX Selection; marking it again keeps the first date.</summary>
    Task<Result<Company>> RecommendCompanyAsync(string companyId);
}
