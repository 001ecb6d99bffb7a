using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlacesAndServedLinesPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                schema: "inv",
                table: "inv_projects",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AlsoServes",
                schema: "inv",
                table: "inv_events",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Area",
                schema: "inv",
                table: "inv_events",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Town",
                schema: "inv",
                table: "inv_events",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Area",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "AlsoServes",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "Area",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "Town",
                schema: "inv",
                table: "inv_events");
        }
    }
}
