export const db = {
  async execute(sql: string): Promise<void> {
    void sql;
  },
};
