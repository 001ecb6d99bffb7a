using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Talent.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CombinedConferencesPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConferenceId",
                schema: "tal",
                table: "tal_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "tal_conferences",
                schema: "tal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ServesTalent = table.Column<bool>(type: "boolean", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tal_conferences", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tal_conferences",
                schema: "tal");

            migrationBuilder.DropColumn(
                name: "ConferenceId",
                schema: "tal",
                table: "tal_events");
        }
    }
}
