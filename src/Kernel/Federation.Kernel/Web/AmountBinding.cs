using Federation.Kernel.Money;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Federation.Kernel.Web;

/// <summary>
/// Binds every decimal a form posts through <see cref="AmountText"/>, so "1亿", "5000万" or
/// "3,000万元" typed in any module's form is the amount staff meant. The unit chosen beside the
/// input (the shell's amount partials post it as "{field}.Unit": 1, 10000 or 100000000) scales a
/// bare number; a unit written in the text wins. JSON bodies are not form values and are unaffected.
/// </summary>
public sealed class AmountBinderProvider : IModelBinderProvider
{
    /// <summary>The binder for decimal and decimal? properties; null for everything else.</summary>
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new AmountBinder() : null;

    private sealed class AmountBinder : IModelBinder
    {
        private static readonly decimal[] Units = [1m, AmountText.TenThousand, AmountText.HundredMillion];

        public Task BindModelAsync(ModelBindingContext context)
        {
            var posted = context.ValueProvider.GetValue(context.ModelName);
            if (posted == ValueProviderResult.None) return Task.CompletedTask;
            context.ModelState.SetModelValue(context.ModelName, posted);
            var text = posted.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
                else context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
                return Task.CompletedTask;
            }
            if (AmountText.TryParse(text, out var value, UnitOf(context)))
                context.Result = ModelBindingResult.Success(value);
            else
                context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, context.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }

        // Only the three units the partials offer: a tampered unit is ignored rather than trusted.
        private static decimal UnitOf(ModelBindingContext context) =>
            decimal.TryParse(context.ValueProvider.GetValue(context.ModelName + ".Unit").FirstValue,
                System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var unit)
            && Units.Contains(unit) ? unit : 1m;
    }
}
