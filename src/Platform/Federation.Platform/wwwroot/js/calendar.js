// The calendar's filters apply as soon as one is chosen; the button stays for browsers without script.
document.querySelectorAll("[data-submit-on-change]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
});

// Copies the feed link for pasting into a calendar app; selecting it is the fallback where the clipboard is refused.
document.querySelectorAll("[data-copy-from]").forEach(function (button) {
    button.addEventListener("click", function () {
        var input = document.getElementById(button.getAttribute("data-copy-from"));
        input.select();
        if (navigator.clipboard) navigator.clipboard.writeText(input.value).catch(function () { });
    });
});
