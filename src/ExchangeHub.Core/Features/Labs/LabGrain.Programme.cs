using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>What the programme office does to a lab: approve it, move it to DX, and the companies it may put forward.</summary>
public sealed partial class LabGrain
{
    public const int MaxCompanies = 100;

    public async Task<Result<LabDetails>> ApproveAsync()
    {
        if (lab.State.Fields is null)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        lab.State.Status = LabStatuses.Approved;
        await SaveAsync();
        return Details();
    }

    public async Task<Result<LabDetails>> MoveToDxAsync()
    {
        if (lab.State.Fields is not { } fields)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        if (fields.Programme != Programmes.Iot)
        {
            return Problem.Conflict(Say.Text("このラボは既にDXプログラムです。", "This lab is already in the DX programme."));
        }

        lab.State.Fields = fields with { Programme = Programmes.Dx };
        lab.State.MovedToDxAt = clock.GetUtcNow();
        await SaveAsync();
        return Details();
    }

    public async Task<Result<Company>> AddCompanyAsync(string name)
    {
        if (lab.State.Fields is null)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        if (lab.State.Companies.Count >= MaxCompanies)
        {
            return Problem.Conflict(Say.Text($"登録できる企業は{MaxCompanies}社までです。", $"A lab lists at most {MaxCompanies} companies."));
        }

        var company = new Company(Ids.New(), name);
        lab.State.Companies.Add(company);
        await SaveAsync();
        return company;
    }

    public async Task<Result<Company>> RecommendCompanyAsync(string companyId)
    {
        var index = lab.State.Companies.FindIndex(c => c.Id == companyId);
        if (lab.State.Fields is null || index < 0)
        {
            return Problem.NotFound("企業", "The company");
        }

        lab.State.Companies[index] = lab.State.Companies[index] with { RecommendedAt = lab.State.Companies[index].RecommendedAt ?? clock.GetUtcNow() };
        await SaveAsync();
        return lab.State.Companies[index];
    }
}
