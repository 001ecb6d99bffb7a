using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inv_credit_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BeneficiaryGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_credit_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organisers = table.Column<string>(type: "TEXT", nullable: false),
                    AttendeeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CountriesAndRegions = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_inbox",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "inv_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvestorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvestorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InvestorCountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponsibleStaff = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StageDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextFollowUpDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inv_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextStepDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inv_follow_ups_inv_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "inv_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inv_project_stages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inv_project_stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inv_project_stages_inv_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "inv_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inv_credit_lines_EventId",
                table: "inv_credit_lines",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_credit_lines_GrantedOn_OrganisationId",
                table: "inv_credit_lines",
                columns: new[] { "GrantedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_events_StartDate_OrganisationId",
                table: "inv_events",
                columns: new[] { "StartDate", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_follow_ups_ProjectId",
                table: "inv_follow_ups",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_outbox_EventId",
                table: "inv_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inv_outbox_SentAtUtc",
                table: "inv_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_inv_project_stages_ProjectId_Sequence",
                table: "inv_project_stages",
                columns: new[] { "ProjectId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_EventId",
                table: "inv_projects",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_OrganisationId",
                table: "inv_projects",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_RecordedOn_Stage",
                table: "inv_projects",
                columns: new[] { "RecordedOn", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town",
                table: "inv_projects",
                column: "Town");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inv_credit_lines");

            migrationBuilder.DropTable(
                name: "inv_events");

            migrationBuilder.DropTable(
                name: "inv_follow_ups");

            migrationBuilder.DropTable(
                name: "inv_inbox");

            migrationBuilder.DropTable(
                name: "inv_outbox");

            migrationBuilder.DropTable(
                name: "inv_project_stages");

            migrationBuilder.DropTable(
                name: "inv_projects");
        }
    }
}
