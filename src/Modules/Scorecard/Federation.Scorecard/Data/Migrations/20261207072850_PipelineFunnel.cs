using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class PipelineFunnel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sc_pipeline_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkLine = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Pipeline = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FurthestOrder = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_pipeline_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_pipeline_stages",
                columns: table => new
                {
                    WorkLine = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Pipeline = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LeavesPipeline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_pipeline_stages", x => new { x.WorkLine, x.Pipeline, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "sc_pipeline_stays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReachedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_pipeline_stays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sc_pipeline_stays_sc_pipeline_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "sc_pipeline_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sc_pipeline_records_WorkLine_Pipeline_EnteredOn_OrganisationId",
                table: "sc_pipeline_records",
                columns: new[] { "WorkLine", "Pipeline", "EnteredOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_sc_pipeline_stays_RecordId",
                table: "sc_pipeline_stays",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_pipeline_stages");

            migrationBuilder.DropTable(
                name: "sc_pipeline_stays");

            migrationBuilder.DropTable(
                name: "sc_pipeline_records");
        }
    }
}
