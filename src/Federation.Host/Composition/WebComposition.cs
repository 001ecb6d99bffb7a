using System.Globalization;
using Federation.Host.Modules;
using Federation.Host.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Federation.Host.Composition;

/// <summary>The web UI: Razor pages from the host and the enabled modules, in Chinese or English.</summary>
internal static class WebComposition
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static void AddWebShell(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        // A module's own scripts (wwwroot/, served at /_content/<assembly>/) in every environment, not
        // only in Development; a published host has copied them into its wwwroot instead.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddLocalization();
        // Pages are mostly Chinese: write it as text, not as &#x…; entities (the same safety, a third of the size).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = [Chinese, English];
            options.SupportedUICultures = [Chinese, English];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new FirstVisitLanguageProvider(),
            ];
        });

        var disabled = catalog.DisabledModules.Select(m => m.GetType().Assembly).ToHashSet();
        var enabled = catalog.Enabled.Select(m => m.GetType().Assembly).ToHashSet();
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/"))
            .AddViewLocalization()
            .AddMvcOptions(options =>
            {
                SpeakBindingErrors(options.ModelBindingMessageProvider);
                options.ModelBinderProviders.Insert(0, new Federation.Kernel.Web.AmountBinderProvider());
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // A switched-off module contributes no pages: its URLs answer 404. Enabled modules
                // bring their code and their compiled Razor pages, whatever MVC found by itself.
                foreach (var part in parts.ApplicationParts.Where(p => disabled.Any(a => a.GetName().Name == p.Name)).ToList())
                    parts.ApplicationParts.Remove(part);
                foreach (var assembly in enabled)
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                        if (!parts.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
                            parts.ApplicationParts.Add(part);
            });
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddAntiforgery(options => options.Cookie.Name = "federation.antiforgery");
        services.AddScoped<Navigation>();
    }

    /// <summary>
    /// A form value that does not parse (a date typed by hand, a number with letters) is refused
    /// next to its field in the user's language, like every other form error, not in MVC's English.
    /// </summary>
    private static void SpeakBindingErrors(DefaultModelBindingMessageProvider messages)
    {
        static string NotValid(string? value) => string.Format(SharedText.Get("ValueNotValid"), value);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => NotValid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(NotValid);
        messages.SetValueIsInvalidAccessor(NotValid);
        messages.SetUnknownValueIsInvalidAccessor(_ => NotValid(""));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => NotValid(""));
        messages.SetValueMustBeANumberAccessor(_ => SharedText.Get("NumberRequired"));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => SharedText.Get("NumberRequired"));
        messages.SetValueMustNotBeNullAccessor(_ => SharedText.Get("ValueRequired"));
        messages.SetMissingBindRequiredValueAccessor(_ => SharedText.Get("ValueRequired"));
    }

    public static void UseWebShell(this WebApplication app)
    {
        app.UseRequestLocalization();
        // Pages get friendly status pages; the API keeps its problem documents.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"),
            web => web.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseStaticFiles();
        // Routing after the status-code pages, so a re-executed /status/404 finds its page.
        app.UseRouting();
    }
}
