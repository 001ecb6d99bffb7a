// Multi-selects marked data-picker become searchable pickers (tom-select, served by the app).
document.querySelectorAll("select[data-picker]").forEach(function (select) {
    new TomSelect(select, { plugins: ["remove_button"], maxOptions: 300 });
});

// Print buttons are marked data-print rather than given an onclick, which the content security policy refuses.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
