using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportsAsStatedPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "InvestorName",
                schema: "inv",
                table: "inv_projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Industry",
                schema: "inv",
                table: "inv_projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<long>(
                name: "AmountFen",
                schema: "inv",
                table: "inv_projects",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<string>(
                name: "AmountQualifier",
                schema: "inv",
                table: "inv_projects",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<long>(
                name: "AmountUpToFen",
                schema: "inv",
                table: "inv_projects",
                type: "bigint",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Venue",
                schema: "inv",
                table: "inv_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "AttendeeCount",
                schema: "inv",
                table: "inv_events",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "AttendeeQualifier",
                schema: "inv",
                table: "inv_events",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<int>(
                name: "AttendeeUpTo",
                schema: "inv",
                table: "inv_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsFlagship",
                schema: "inv",
                table: "inv_events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentEventId",
                schema: "inv",
                table: "inv_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatedCountries",
                schema: "inv",
                table: "inv_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedCountriesQualifier",
                schema: "inv",
                table: "inv_events",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<long>(
                name: "UnlistedSignedAmountFen",
                schema: "inv",
                table: "inv_events",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnlistedSignedAmountQualifier",
                schema: "inv",
                table: "inv_events",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<int>(
                name: "UnlistedSignedProjects",
                schema: "inv",
                table: "inv_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnlistedSignedProjectsQualifier",
                schema: "inv",
                table: "inv_events",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.CreateTable(
                name: "inv_outcomes",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    QuantityQualifier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    QuantityUpTo = table.Column<int>(type: "integer", nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    AmountQualifier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AmountUpToFen = table.Column<long>(type: "bigint", nullable: true),
                    Parties = table.Column<string>(type: "text", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_outcomes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inv_events_ParentEventId",
                schema: "inv",
                table: "inv_events",
                column: "ParentEventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_outcomes_EventId",
                schema: "inv",
                table: "inv_outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_outcomes_On_OrganisationId",
                schema: "inv",
                table: "inv_outcomes",
                columns: new[] { "On", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inv_outcomes",
                schema: "inv");

            migrationBuilder.DropIndex(
                name: "IX_inv_events_ParentEventId",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "AmountQualifier",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "AmountUpToFen",
                schema: "inv",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "AttendeeQualifier",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "AttendeeUpTo",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "IsFlagship",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "ParentEventId",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "StatedCountries",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "StatedCountriesQualifier",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedAmountFen",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedAmountQualifier",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedProjects",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedProjectsQualifier",
                schema: "inv",
                table: "inv_events");

            migrationBuilder.AlterColumn<string>(
                name: "InvestorName",
                schema: "inv",
                table: "inv_projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Industry",
                schema: "inv",
                table: "inv_projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "AmountFen",
                schema: "inv",
                table: "inv_projects",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Venue",
                schema: "inv",
                table: "inv_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "AttendeeCount",
                schema: "inv",
                table: "inv_events",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
