using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Modules;
using Federation.Platform.Telemetry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Admin.Status;

/// <summary>
/// 运行状态: the figures /metrics exports, for people who run no Prometheus: version, uptime, the
/// database and the transport, each module's outbox and consumer lag, running imports and reminder
/// rounds. Top-level admins only, like 数据备份: the figures are every organisation's.
/// </summary>
[Authorize(Policy = PermissionPolicy.WholePlatformPrefix + PlatformModule.Admin)]
internal sealed class IndexModel(StatusFigures figures, IModuleDirectory modules) : PageModel
{
    public StatusSnapshot Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await figures.Current(ct);

    /// <summary>The module's name in the reader's language; the stored name when it no longer runs.</summary>
    public string Title(string module) =>
        modules.Enabled.FirstOrDefault(m => m.Name == module)?.Title.For(CultureInfo.CurrentUICulture) ?? module;

    public static string Count(long figure) => figure.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A span as an operator reads it, at most two units (the text key and its figures): "4.2 秒", "3 分 5 秒", "2 天 3 小时".</summary>
    public static (string Key, object[] Figures) Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        if (span < TimeSpan.FromMinutes(1))
            return ("Status.Seconds", [span.TotalSeconds.ToString(span.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture)]);
        if (span < TimeSpan.FromHours(1)) return ("Status.Minutes", [span.Minutes, span.Seconds]);
        if (span < TimeSpan.FromDays(1)) return ("Status.Hours", [span.Hours, span.Minutes]);
        return ("Status.Days", [(int)span.TotalDays, span.Hours]);
    }
}
