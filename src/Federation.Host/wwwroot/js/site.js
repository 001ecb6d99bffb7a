// Multi-selects marked data-picker become searchable pickers (tom-select, served by the app).
document.querySelectorAll("select[data-picker]").forEach(function (select) {
    new TomSelect(select, { plugins: ["remove_button"], maxOptions: 300 });
});
