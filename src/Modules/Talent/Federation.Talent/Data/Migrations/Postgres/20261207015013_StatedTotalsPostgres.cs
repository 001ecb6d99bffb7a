using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Talent.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatedTotalsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatedCountries",
                schema: "tal",
                table: "tal_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedCountriesQualifier",
                schema: "tal",
                table: "tal_events",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<int>(
                name: "StatedTalentsMet",
                schema: "tal",
                table: "tal_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedTalentsMetQualifier",
                schema: "tal",
                table: "tal_events",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatedCountries",
                schema: "tal",
                table: "tal_events");

            migrationBuilder.DropColumn(
                name: "StatedCountriesQualifier",
                schema: "tal",
                table: "tal_events");

            migrationBuilder.DropColumn(
                name: "StatedTalentsMet",
                schema: "tal",
                table: "tal_events");

            migrationBuilder.DropColumn(
                name: "StatedTalentsMetQualifier",
                schema: "tal",
                table: "tal_events");
        }
    }
}
