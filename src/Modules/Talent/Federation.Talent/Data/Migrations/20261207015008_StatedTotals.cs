using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Talent.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatedTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatedCountries",
                table: "tal_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedCountriesQualifier",
                table: "tal_events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<int>(
                name: "StatedTalentsMet",
                table: "tal_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedTalentsMetQualifier",
                table: "tal_events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatedCountries",
                table: "tal_events");

            migrationBuilder.DropColumn(
                name: "StatedCountriesQualifier",
                table: "tal_events");

            migrationBuilder.DropColumn(
                name: "StatedTalentsMet",
                table: "tal_events");

            migrationBuilder.DropColumn(
                name: "StatedTalentsMetQualifier",
                table: "tal_events");
        }
    }
}
