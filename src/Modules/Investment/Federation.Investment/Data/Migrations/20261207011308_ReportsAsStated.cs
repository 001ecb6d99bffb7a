using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportsAsStated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "InvestorName",
                table: "inv_projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Industry",
                table: "inv_projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<long>(
                name: "AmountFen",
                table: "inv_projects",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "AmountQualifier",
                table: "inv_projects",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<long>(
                name: "AmountUpToFen",
                table: "inv_projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Venue",
                table: "inv_events",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "AttendeeCount",
                table: "inv_events",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "AttendeeQualifier",
                table: "inv_events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<int>(
                name: "AttendeeUpTo",
                table: "inv_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsFlagship",
                table: "inv_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentEventId",
                table: "inv_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatedCountries",
                table: "inv_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedCountriesQualifier",
                table: "inv_events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<long>(
                name: "UnlistedSignedAmountFen",
                table: "inv_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnlistedSignedAmountQualifier",
                table: "inv_events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<int>(
                name: "UnlistedSignedProjects",
                table: "inv_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnlistedSignedProjectsQualifier",
                table: "inv_events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.CreateTable(
                name: "inv_outcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityQualifier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    QuantityUpTo = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AmountQualifier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AmountUpToFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Parties = table.Column<string>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_outcomes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inv_events_ParentEventId",
                table: "inv_events",
                column: "ParentEventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_outcomes_EventId",
                table: "inv_outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_outcomes_On_OrganisationId",
                table: "inv_outcomes",
                columns: new[] { "On", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inv_outcomes");

            migrationBuilder.DropIndex(
                name: "IX_inv_events_ParentEventId",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "AmountQualifier",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "AmountUpToFen",
                table: "inv_projects");

            migrationBuilder.DropColumn(
                name: "AttendeeQualifier",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "AttendeeUpTo",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "IsFlagship",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "ParentEventId",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "StatedCountries",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "StatedCountriesQualifier",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedAmountFen",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedAmountQualifier",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedProjects",
                table: "inv_events");

            migrationBuilder.DropColumn(
                name: "UnlistedSignedProjectsQualifier",
                table: "inv_events");

            migrationBuilder.AlterColumn<string>(
                name: "InvestorName",
                table: "inv_projects",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Industry",
                table: "inv_projects",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "AmountFen",
                table: "inv_projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Venue",
                table: "inv_events",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "AttendeeCount",
                table: "inv_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
