using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inv");

            migrationBuilder.CreateTable(
                name: "inv_credit_lines",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    Bank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BeneficiaryGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_credit_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_events",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organisers = table.Column<string>(type: "text", nullable: false),
                    AttendeeCount = table.Column<int>(type: "integer", nullable: false),
                    CountriesAndRegions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_inbox",
                schema: "inv",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "inv_outbox",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_projects",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvestorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvestorKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InvestorCountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResponsibleStaff = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StageDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NextFollowUpDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_follow_ups",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NextStep = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NextStepDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inv_follow_ups_inv_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "inv",
                        principalTable: "inv_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inv_project_stages",
                schema: "inv",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_project_stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inv_project_stages_inv_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "inv",
                        principalTable: "inv_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inv_credit_lines_EventId",
                schema: "inv",
                table: "inv_credit_lines",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_credit_lines_GrantedOn_OrganisationId",
                schema: "inv",
                table: "inv_credit_lines",
                columns: new[] { "GrantedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_events_StartDate_OrganisationId",
                schema: "inv",
                table: "inv_events",
                columns: new[] { "StartDate", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_follow_ups_ProjectId",
                schema: "inv",
                table: "inv_follow_ups",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_outbox_EventId",
                schema: "inv",
                table: "inv_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inv_outbox_SentAtUtc",
                schema: "inv",
                table: "inv_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_inv_project_stages_ProjectId_Sequence",
                schema: "inv",
                table: "inv_project_stages",
                columns: new[] { "ProjectId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_EventId",
                schema: "inv",
                table: "inv_projects",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Name_InvestorName",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "Name", "InvestorName" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_OrganisationId",
                schema: "inv",
                table: "inv_projects",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_RecordedOn_Stage",
                schema: "inv",
                table: "inv_projects",
                columns: new[] { "RecordedOn", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town",
                schema: "inv",
                table: "inv_projects",
                column: "Town");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inv_credit_lines",
                schema: "inv");

            migrationBuilder.DropTable(
                name: "inv_events",
                schema: "inv");

            migrationBuilder.DropTable(
                name: "inv_follow_ups",
                schema: "inv");

            migrationBuilder.DropTable(
                name: "inv_inbox",
                schema: "inv");

            migrationBuilder.DropTable(
                name: "inv_outbox",
                schema: "inv");

            migrationBuilder.DropTable(
                name: "inv_project_stages",
                schema: "inv");

            migrationBuilder.DropTable(
                name: "inv_projects",
                schema: "inv");
        }
    }
}
